// Who may see and order "Request a Service Account": any active person who signs in interactively.
// Not the guest user, and not an integration: a web-service-only account, a machine identity (where
// sys_user.identity_type exists), or a service account the app manages, which can log in to the UI
// while its GUI window lasts and must not order accounts of its own.
// The platform sets user_id to the user being evaluated. Two reads: the user by sys_id, then the inventory.
answer = (function (userId) {
    var user = new GlideRecord('sys_user');
    if (!userId || !user.get(userId)) return false;
    if (user.getValue('user_name') === 'guest') return false;
    var yes = /^(1|true)$/;
    if (!yes.test(String(user.getValue('active'))) || yes.test(String(user.getValue('web_service_access_only')))) return false;
    if (user.isValidField('identity_type') && user.getValue('identity_type') === 'machine') return false;
    var account = new GlideRecord('x_seed_svcacct_service_account');
    account.addQuery('account', userId);
    account.setLimit(1);
    account.query();
    return !account.hasNext();
})(user_id);
