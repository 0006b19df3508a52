import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * The readiness check as an ATF test: the same server module as Service Accounts > Readiness check,
 * called through its Script Include. The step fails unless every required check passes, and its
 * output lists every check with what was found and how to fix a failure.
 */
export const READINESS_ATF_SCRIPT = `(function (outputs, steps, params, stepResult, assertEqual) {
    var report = JSON.parse(new x_seed_svcacct.ReadinessCheckAjax().runCheck());
    if (report.error) {
        stepResult.setOutputMessage(report.error);
        return false;
    }
    var lines = [];
    for (var i = 0; i < report.checks.length; i++) {
        var check = report.checks[i];
        var status = check.pass ? 'PASS' : check.informational ? 'NOTE' : 'FAIL';
        lines.push(status + ' ' + check.title + ': ' + check.detail + (check.pass ? '' : ' Fix: ' + check.fix));
    }
    stepResult.setOutputMessage((report.ready ? 'Ready.' : 'Not ready.') + '\\n' + lines.join('\\n'));
    return report.ready === true;
})(outputs, steps, params, stepResult, assertEqual);`

export const readinessCheckTest = Test(
    {
        $id: Now.ID['atf-readiness-check'],
        name: 'Service Account Lifecycle: readiness check passes',
        description:
            'Runs the readiness check (ReadinessCheckAjax.runCheck, the module behind Service Accounts > Readiness check) as the test user and asserts every required check passes: roles, group, cross-scope privileges, active flow, web-service-only support, fallback approval group and credential task group with members, usable properties. The step output lists each check with its fix.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-readiness-check-run'],
            script: READINESS_ATF_SCRIPT,
        })
    },
)
