/**
 * The catalog client scripts of "Request a Service Account", run from the text that ships
 * (src/fluent/catalog/client/*.client.js, included verbatim into catalog_script_client.script).
 */
import { AjaxCall, FakeForm, loadClientScript } from './catalog-form'

const PROCESSOR = 'x_seed_svcacct.ServiceAccountRequestAjax'

type OnChange = (control: unknown, oldValue: string, newValue: string, isLoading: boolean) => void
type OnSubmit = () => boolean
type OnLoad = () => void

function userIdForm(values: Record<string, string> = {}) {
    const form = new FakeForm(values)
    const calls: AjaxCall[] = []
    const onChange = loadClientScript<OnChange>('user-id-on-change.client.js', 'onChange', form, calls)
    const onSubmit = loadClientScript<OnSubmit>('user-id-on-submit.client.js', 'onSubmit', form, calls)
    /** What the requester does: type a value, which fires onChange. */
    const type = (value: string) => {
        const old = form.getValue('user_id')
        form.setValue('user_id', value)
        onChange(null, old, value, false)
    }
    return { form, calls, onChange, onSubmit, type }
}

describe('user ID onChange check', () => {
    it('when the form loads, then it neither calls the server nor shows anything', () => {
        const { form, calls, onChange } = userIdForm({ user_id: 'svc_x' })
        onChange(null, '', 'svc_x', true)
        expect(calls).toHaveLength(0)
        expect(form.messages).toHaveLength(0)
    })

    it('when a value is typed, then it asks the Script Include to check the trimmed value', () => {
        const { calls, type } = userIdForm()
        type('  svc_billing  ')
        expect(calls).toHaveLength(1)
        expect(calls[0].processor).toBe(PROCESSOR)
        expect(calls[0].params).toEqual({ sysparm_name: 'checkUserId', sysparm_user_id: 'svc_billing' })
    })

    it('when the server finds problems, then they show as one error under the field and the value is not marked checked', () => {
        const { form, calls, type } = userIdForm()
        type('Admin')
        calls[0].answer(JSON.stringify({ ok: false, userId: 'Admin', messages: ['Use lower case only.', 'Start with "svc_".'] }))
        expect(form.messagesFor('user_id')).toEqual([
            { field: 'user_id', message: 'Use lower case only. Start with "svc_".', type: 'error' },
        ])
        expect(form.getValue('user_id_checked')).toBe('')
    })

    it('when the server accepts the value, then it says so and remembers the checked value', () => {
        const { form, calls, type } = userIdForm()
        type('svc_billing')
        calls[0].answer(JSON.stringify({ ok: true, userId: 'svc_billing', messages: [] }))
        expect(form.messagesFor('user_id')).toEqual([{ field: 'user_id', message: '"svc_billing" is available.', type: 'info' }])
        expect(form.getValue('user_id_checked')).toBe('svc_billing')
    })

    it('when an answer arrives for a value changed since, then it is ignored', () => {
        const { form, calls, type } = userIdForm()
        type('svc_old')
        type('svc_new')
        calls[0].answer(JSON.stringify({ ok: true, userId: 'svc_old', messages: [] }))
        expect(form.getValue('user_id_checked')).toBe('')
        expect(form.messages).toHaveLength(0)
        calls[1].answer(JSON.stringify({ ok: true, userId: 'svc_new', messages: [] }))
        expect(form.getValue('user_id_checked')).toBe('svc_new')
    })

    it('when the value changes, then the previous messages and the checked mark are cleared at once', () => {
        const { form, calls, type } = userIdForm()
        type('svc_good')
        calls[0].answer(JSON.stringify({ ok: true, userId: 'svc_good', messages: [] }))
        type('svc_other')
        expect(form.getValue('user_id_checked')).toBe('')
        expect(form.messages).toHaveLength(0)
    })

    it('when the field is emptied, then nothing is asked', () => {
        const { calls, type } = userIdForm()
        type('   ')
        expect(calls).toHaveLength(0)
    })

    it('when the check cannot run (no answer), then the order is let through and the requester is told the server checks later', () => {
        const { form, calls, type } = userIdForm()
        type('svc_billing')
        calls[0].answer(null)
        expect(form.getValue('user_id_checked')).toBe('svc_billing')
        expect(form.messagesFor('user_id')[0].type).toBe('info')
    })
})

describe('user ID onSubmit guard', () => {
    it('when the current value passed the check, then the order goes', () => {
        const { onSubmit, calls, type } = userIdForm()
        type('svc_billing')
        calls[0].answer(JSON.stringify({ ok: true, userId: 'svc_billing', messages: [] }))
        expect(onSubmit()).toBe(true)
    })

    it('when the check failed, then the order is held with a message under the field', () => {
        const { form, onSubmit, calls, type } = userIdForm()
        type('admin')
        calls[0].answer(JSON.stringify({ ok: false, userId: 'admin', messages: ['Reserved.'] }))
        expect(onSubmit()).toBe(false)
        expect(form.messagesFor('user_id').some((m) => m.type === 'error' && /not passed its check/.test(m.message))).toBe(true)
    })

    it('when the answer is still pending, then the order is held', () => {
        const { onSubmit, type } = userIdForm()
        type('svc_billing')
        expect(onSubmit()).toBe(false)
    })

    it('when the checked value differs from the current one (edited after the check), then the order is held', () => {
        const { form, onSubmit } = userIdForm({ user_id: 'svc_b', user_id_checked: 'svc_a' })
        expect(onSubmit()).toBe(false)
        expect(form.getValue('user_id')).toBe('svc_b')
    })

    it('when the user ID is empty, then the guard leaves it to the mandatory check', () => {
        const { onSubmit } = userIdForm()
        expect(onSubmit()).toBe(true)
    })
})

describe('roles onLoad', () => {
    it('when the server describes the roles, then the read-only variable shows them', () => {
        const form = new FakeForm()
        const calls: AjaxCall[] = []
        loadClientScript<OnLoad>('roles-on-load.client.js', 'onLoad', form, calls)()
        expect(calls).toHaveLength(1)
        expect(calls[0].processor).toBe(PROCESSOR)
        expect(calls[0].params).toEqual({ sysparm_name: 'describeRoles' })
        calls[0].answer(JSON.stringify({ text: 'itil: ...\nrest_api_explorer: ...' }))
        expect(form.getValue('roles_granted')).toBe('itil: ...\nrest_api_explorer: ...')
    })

    it('when the answer is not JSON, then the variable is left alone', () => {
        const form = new FakeForm()
        const calls: AjaxCall[] = []
        loadClientScript<OnLoad>('roles-on-load.client.js', 'onLoad', form, calls)()
        calls[0].answer('<html>session expired</html>')
        expect(form.getValue('roles_granted')).toBe('')
    })
})
