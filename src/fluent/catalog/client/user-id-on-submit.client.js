// eslint-disable-next-line @typescript-eslint/no-unused-vars
function onSubmit() {
    // Holds the order while the user ID has not passed the form's check (user_id_checked is set by the
    // onChange script when the server accepted the current value). GlideAjax cannot run here: it would
    // not finish before the form submits.
    var typed = (g_form.getValue('user_id') || '').trim();
    if (!typed) return true; // empty: the mandatory check of the variable reports it
    if (g_form.getValue('user_id_checked') === typed) return true;
    g_form.showFieldMsg(
        'user_id',
        'This user ID has not passed its check yet. Fix the problems shown under it, or wait a moment and submit again.',
        'error'
    );
    return false;
}
