/**
 * `ritm.variables.<name>` on sc_req_item. The answers live where the platform keeps them:
 * item_option_new (the question, by catalog item), sc_item_option (the answer) and
 * sc_item_option_mtom (answer -> request item). Each element's string form is its value, which is
 * how readVariable() in src/server/catalog/request-variables.ts reads it.
 *
 * The first access to `.variables` of a record is one database read (counted on
 * sc_item_option_mtom); unknown variable names throw.
 */
import { countRead, state, type Row } from './store.ts'
import { strict } from './strict.ts'

function rowsOf(table: string): Row[] {
    return [...(state.rows.get(table)?.values() ?? [])]
}

/** Name -> value of the request item's variables: answered ones, and the item's unanswered questions (''). */
export function variableValues(requestItemId: string, catalogItemId: string): Map<string, string> {
    const questions = new Map(rowsOf('item_option_new').map((row) => [row.sys_id, row]))
    const answers = new Map(rowsOf('sc_item_option').map((row) => [row.sys_id, row]))
    const values = new Map<string, string>()
    if (catalogItemId !== '') {
        for (const question of questions.values()) if (question.cat_item === catalogItemId && question.name !== '') values.set(question.name, '')
    }
    for (const link of rowsOf('sc_item_option_mtom')) {
        if (link.request_item !== requestItemId) continue
        const answer = answers.get(link.sc_item_option)
        const question = answer ? questions.get(answer.item_option_new) : undefined
        if (answer && question && question.name !== '') values.set(question.name, answer.value)
    }
    return values
}

function variableElement(name: string, value: string): object {
    return strict(
        { toString: () => value },
        {
            missing: (prop) => `ritm.variables.${name}.${prop} is not implemented by the double; read the value with String(ritm.variables.${name}).`,
            assign: (prop) => `cannot assign ritm.variables.${name}.${prop}.`,
        },
    )
}

export function requestItemVariables(requestItemId: string, catalogItemId: string): object {
    countRead('sc_item_option_mtom')
    const values = variableValues(requestItemId, catalogItemId)
    const target: Record<string, object> = Object.create(null) as Record<string, object>
    for (const [name, value] of values) target[name] = variableElement(name, value)
    const known = [...values.keys()].join(', ') || 'none'
    return strict(target, {
        missing: (prop) => `sc_req_item ${requestItemId} has no variable "${prop}" (it has: ${known}).`,
        assign: (prop) => `cannot assign ritm.variables.${prop}: the double does not model writing catalog variables.`,
    })
}
