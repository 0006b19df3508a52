// eslint-disable-next-line @typescript-eslint/no-unused-vars
function onLoad() {
    // Shows the requester which roles the account will get, as configured on this instance
    // (x_seed_svcacct.group.roles). The approval step writes the same text again on the server.
    var ajax = new GlideAjax('x_seed_svcacct.ServiceAccountRequestAjax');
    ajax.addParam('sysparm_name', 'describeRoles');
    ajax.getXMLAnswer(function (answer) {
        var result = null;
        try {
            result = JSON.parse(answer);
            // eslint-disable-next-line @typescript-eslint/no-unused-vars
        } catch (notJson) {
            return;
        }
        if (result && result.text) g_form.setValue('roles_granted', result.text);
    });
}
