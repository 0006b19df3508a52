// eslint-disable-next-line @typescript-eslint/no-unused-vars
function onChange(control, oldValue, newValue, isLoading) {
    // Checks the user ID on the server (ServiceAccountRequestAjax -> validateUserId) as the requester
    // fills it in, and shows the problems under the field. user_id_checked remembers the value that
    // passed, for the onSubmit check. The server checks again after submission: this is only guidance.
    if (isLoading) return;
    var field = 'user_id';
    var typed = (newValue || '').trim();
    g_form.hideFieldMsg(field, true);
    g_form.setValue('user_id_checked', '');
    if (!typed) return;

    var ajax = new GlideAjax('x_seed_svcacct.ServiceAccountRequestAjax');
    ajax.addParam('sysparm_name', 'checkUserId');
    ajax.addParam('sysparm_user_id', typed);
    ajax.getXMLAnswer(function (answer) {
        // An answer for a value the requester has changed since is stale: ignore it.
        if ((g_form.getValue(field) || '').trim() !== typed) return;
        var result = null;
        try {
            result = JSON.parse(answer);
            // eslint-disable-next-line @typescript-eslint/no-unused-vars
        } catch (notJson) {
            result = null;
        }
        g_form.hideFieldMsg(field, true);
        if (!result || !result.messages) {
            // The check itself failed (network, session): let the order go; the server checks it again.
            g_form.setValue('user_id_checked', typed);
            g_form.showFieldMsg(field, 'The user ID could not be checked now. It will be checked after you submit.', 'info');
            return;
        }
        if (result.ok) {
            g_form.setValue('user_id_checked', typed);
            g_form.showFieldMsg(field, '"' + typed + '" is available.', 'info');
        } else {
            g_form.showFieldMsg(field, result.messages.join(' '), 'error');
        }
    });
}
