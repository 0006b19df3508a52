/*
 * Client-callable bridge for the "Request a Service Account" form (GlideAjax). Thin on purpose: each
 * method loads a server module with require() and returns its JSON answer. Every method of a
 * client-callable Script Include can be called by any user who passes its ACL (any logged-in user),
 * so it exposes only answers that are safe for a requester: a user-ID check that says no more than
 * "taken", and the description of the roles a service account gets.
 * The require path is the module's sys_module path: <scope>/<package name>/<package version>/<file>.
 * An artifact test checks it names a module the build ships (it changes with the package version).
 */
var ServiceAccountRequestAjax = Class.create();
ServiceAccountRequestAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    /** sysparm_user_id: the user ID typed on the form. Answers {"ok", "userId", "messages"}. */
    checkUserId: function () {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the platform's module loader
        var check = require('x_seed_svcacct/service-account-lifecycle/1.0.0/src/server/naming/user-id-form-check.ts');
        return check.answerUserIdCheck(this.getParameter('sysparm_user_id'));
    },

    /** Answers {"text"}: one line per role the account will get. */
    describeRoles: function () {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the platform's module loader
        var summary = require('x_seed_svcacct/service-account-lifecycle/1.0.0/src/server/approval/approver-route.ts');
        return summary.answerRolesDescription();
    },

    type: 'ServiceAccountRequestAjax',
});
