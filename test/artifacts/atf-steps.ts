/**
 * The steps of a shipped ATF test as built: `sys_atf_step` rows of the test, in run order, and each
 * step's inputs (its `sys_variable_value` rows). The artifact tests of every ATF test read them here.
 */
import type { AppRecord, ShippedApp } from './read-app'

/** The test's steps, ordered as they run. */
export function atfSteps(app: ShippedApp, test: AppRecord): AppRecord[] {
    return app
        .records('sys_atf_step')
        .filter((step) => step.value('test') === test.sysId)
        .sort((a, b) => Number(a.value('order')) - Number(b.value('order')))
}

/** A step's input records (`variable` names the input, `value` holds it). */
export function atfStepVariables(app: ShippedApp, step: { sysId: string }): AppRecord[] {
    return app.records('sys_variable_value').filter((v) => v.value('document') === 'sys_atf_step' && v.value('document_key') === step.sysId)
}

/** A step's input values. */
export function atfStepInputs(app: ShippedApp, step: { sysId: string }): string[] {
    return atfStepVariables(app, step).map((v) => v.value('value'))
}
