/*
 * Bridge from the readiness page (GlideAjax) and the readiness ATF test to the server module that
 * runs the readiness check (src/server/readiness/readiness-check.ts). Thin on purpose: it loads the
 * module with require() and returns its answer. No logic here.
 * The require path is the module's sys_module path: <scope>/<package name>/<package version>/<file>.
 * An artifact test checks it names a module the build ships (it changes with the package version).
 */
var ReadinessCheckAjax = Class.create();
ReadinessCheckAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    /** GlideAjax: answers the report as JSON {"ready", "checks"}, or {"error"} for a non-admin. */
    runCheck: function () {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the platform's module loader
        var readiness = require('x_seed_svcacct/service-account-lifecycle/1.0.0/src/server/readiness/readiness-check.ts');
        return readiness.answerReadinessCheck();
    },

    type: 'ReadinessCheckAjax',
});
