/**
 * A stand-in for the catalog form's client-side globals (g_form, GlideAjax), used to run the catalog
 * client scripts exactly as they ship: the tests load the script text that Now.include() puts into the
 * catalog_script_client records, and evaluate it here. Only the g_form and GlideAjax methods the scripts
 * use exist; any other call fails the test.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const CLIENT_SCRIPT_DIR = join(__dirname, '../../../src/fluent/catalog/client')

export function clientScriptText(file: string): string {
    return readFileSync(join(CLIENT_SCRIPT_DIR, file), 'utf8')
}

export interface FieldMessage {
    field: string
    message: string
    type: string
}

export class FakeForm {
    values: Record<string, string> = {}
    messages: FieldMessage[] = []

    constructor(values: Record<string, string> = {}) {
        this.values = { ...values }
    }

    getValue(field: string): string {
        return this.values[field] ?? ''
    }

    setValue(field: string, value: string): void {
        this.values[field] = value
    }

    showFieldMsg(field: string, message: string, type: string): void {
        this.messages.push({ field, message, type })
    }

    hideFieldMsg(field: string, clearAll?: boolean): void {
        if (clearAll !== true) throw new Error('the scripts always clear every message of a field')
        this.messages = this.messages.filter((m) => m.field !== field)
    }

    messagesFor(field: string): FieldMessage[] {
        return this.messages.filter((m) => m.field === field)
    }
}

/** One GlideAjax call the script made; answer() delivers the server's reply to the script's callback. */
export interface AjaxCall {
    processor: string
    params: Record<string, string>
    answer(text: string | null): void
}

export function makeGlideAjax(calls: AjaxCall[]) {
    return class FakeGlideAjax {
        private params: Record<string, string> = {}
        constructor(private processor: string) {}
        addParam(name: string, value: string): void {
            if (!name.startsWith('sysparm_')) throw new Error(`GlideAjax parameter "${name}" must start with sysparm_`)
            this.params[name] = value
        }
        getXMLAnswer(callback: (answer: string | null) => void): void {
            let answered = false
            calls.push({
                processor: this.processor,
                params: { ...this.params },
                answer: (text) => {
                    if (answered) throw new Error('answered twice')
                    answered = true
                    callback(text)
                },
            })
        }
    }
}

/** Evaluates a client script's text and returns its entry function (onLoad, onChange or onSubmit). */
export function loadClientScript<F extends (...args: never[]) => unknown>(
    file: string,
    entry: 'onLoad' | 'onChange' | 'onSubmit',
    form: FakeForm,
    calls: AjaxCall[],
): F {
    const factory = new Function('g_form', 'GlideAjax', `${clientScriptText(file)}\nreturn ${entry};`)
    return factory(form, makeGlideAjax(calls)) as F
}
