/**
 * `current` (and `previous`) as a CONDITION sees them: a business rule's `condition` field or a UI
 * action's `condition` is a one-line script the instance evaluates with element access, e.g.
 * `current.state == 'exploring' && current.owner == gs.getUserID()`. There `current.state` is a
 * GlideElement, and comparing it with `==` compares its string value.
 *
 * The test double refuses element access everywhere (app code must use getValue). For condition text
 * only, the harness models the one thing such conditions do: read an element and compare it loosely.
 * - `current.<column>` is a read-only element whose string value is the stored value ('' when empty);
 *   `==`, `!=`, string concatenation and `String()` see that value.
 * - Any other use of an element (`.nil()`, `.changes()`, `.getDisplayValue()`, assignment) throws, and
 *   so do boolean and journal columns: how Rhino compares a boolean GlideElement with `true` is not
 *   verified here, so a condition relying on it is refused rather than guessed.
 * - GlideRecord methods (`current.getValue('state')`, `current.isNewRecord()`) go to the double as usual.
 * Scripts (rule bodies, modules) never get this view: element access there still throws in the double.
 */
export interface SchemaSource {
    schema(table: string): { fields: Record<string, { type: string }> }
}

interface RecordLike {
    getTableName(): string
    getValue(field: string): string | null
}

const refuse = (what: string): never => {
    throw new Error(`${what}: not modelled by the harness for conditions (compare the element's value with == or use getValue())`)
}

function element(name: string, value: string): object {
    const primitive = () => value
    return new Proxy(Object.freeze({}), {
        get(_target, property) {
            if (property === 'toString' || property === 'valueOf') return primitive
            if (property === Symbol.toPrimitive) return primitive
            return refuse(`${name}.${String(property)}`)
        },
        set: () => refuse(`assigning ${name}`),
    })
}

/** A read-only view of a record for evaluating a condition (see the file comment). */
export function conditionView(record: RecordLike | null, double: SchemaSource, name = 'current'): object | null {
    if (record === null) return null
    const table = record.getTableName()
    const fields = double.schema(table).fields
    return new Proxy(Object.freeze({}), {
        get(_target, property) {
            if (typeof property === 'string' && property in fields) {
                const type = fields[property].type
                if (type === 'boolean' || type === 'journal') return refuse(`${name}.${property} (a ${type} column) in a condition`)
                return element(`${name}.${property}`, record.getValue(property) ?? '')
            }
            const member = (record as unknown as Record<PropertyKey, unknown>)[property]
            return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(record) : member
        },
        set: (_target, property) => refuse(`assigning ${name}.${String(property)} in a condition`),
    })
}
