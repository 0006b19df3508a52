/*
 * Bridge from the approval flow's "Route Service Account Approval" action to the server module that
 * decides the route (src/server/approval/approver-route.ts). Flow script steps take a string script, so
 * they call this Script Include; it loads the module with require() and delegates. No logic here.
 * The require path is the module's sys_module path: <scope>/<package name>/<package version>/<file>.
 * An artifact test checks it names a module the build ships (it changes with the package version).
 */
var ServiceAccountApprovalRouting = Class.create();
ServiceAccountApprovalRouting.prototype = {
    initialize: function () {},

    /** inputs.request_item_id: the request item's sys_id; sets the step's declared outputs. */
    routeStep: function (inputs, outputs) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the platform's module loader
        var route = require('x_seed_svcacct/service-account-lifecycle/1.0.0/src/server/approval/approver-route.ts');
        route.routeApprovalStep(inputs, outputs);
    },

    type: 'ServiceAccountApprovalRouting',
};
