// Who may see and order "Request a Service Account": any active person who signs in interactively.
// Not the guest user, and not a web-service-only account (an integration cannot own one).
// The platform sets user_id to the user being evaluated. One read, by sys_id.
answer = (function (userId) {
    var user = new GlideRecord('sys_user');
    if (!userId || !user.get(userId)) return false;
    if (user.getValue('user_name') === 'guest') return false;
    var yes = /^(1|true)$/;
    return yes.test(String(user.getValue('active'))) && !yes.test(String(user.getValue('web_service_access_only')));
})(user_id);
