import {
    APPROVAL_REASON_LENGTH,
    approvalReason,
    describeRoles,
    notRoutedComment,
    routeWorkNote,
} from '../../../src/server/approval/approver-route-summary'
import { chooseApprover } from '../../../src/server/approval/approver-choice'

describe('describeRoles (what the approver reads)', () => {
    it('when the roles are the defaults, then each gets one line saying what it allows', () => {
        const lines = describeRoles(['itil', 'rest_api_explorer']).split('\n')
        expect(lines).toHaveLength(2)
        expect(lines[0]).toMatch(/^itil: fulfiller access to ITSM task records \(incidents, requests, changes\) through the UI and the APIs/)
        expect(lines[1]).toMatch(/^rest_api_explorer: opens the REST API Explorer/)
        expect(lines[1]).toMatch(/not needed to call the APIs/)
    })

    it('when a role has no known description, then the line says to ask the administrators instead of guessing', () => {
        expect(describeRoles(['x_custom.reader'])).toBe("x_custom.reader: granted by your administrators' configuration; ask them what it allows.")
    })

    it('when no roles are configured, then it says so', () => {
        expect(describeRoles([])).toMatch(/No roles/)
    })
})

describe('approvalReason', () => {
    it('names the user ID and the consuming system', () => {
        expect(approvalReason('svc_billing', 'SAP ERP')).toBe('Service account svc_billing for SAP ERP. Roles and purpose are on the request.')
    })

    it('when the text is long, then it is cut to what the approval can store', () => {
        const text = approvalReason('svc_billing', 'x'.repeat(300))
        expect(text).toHaveLength(APPROVAL_REASON_LENGTH)
        expect(text.endsWith('…')).toBe(true)
    })
})

describe('routeWorkNote (the record of who was asked and why)', () => {
    const dueDate = '2026-03-06 09:00:00'

    it("when the manager is asked, then the note names the manager and the due date", () => {
        const route = chooseApprover({ requesterId: 'r', ownerId: 'o', manager: { sysId: 'm', active: true } })
        const note = routeWorkNote({ route, managerName: 'Beth Anglin', groupName: '', dueDate })
        expect(note).toBe(
            "Approval requested from Beth Anglin, the owner's manager. The approval is due by 2026-03-06 09:00:00 (UTC); without a decision by then the request expires.",
        )
    })

    it('when the request is rerouted, then the note names the group, the reason code and the explanation', () => {
        const route = chooseApprover({ requesterId: 'm', ownerId: 'o', manager: { sysId: 'm', active: true } })
        const note = routeWorkNote({ route, managerName: 'Beth Anglin', groupName: 'Service Account Approvers', dueDate })
        expect(note).toContain('rerouted to the "Service Account Approvers" group')
        expect(note).toContain('(reason: manager_is_requester)')
        expect(note).toContain('who may not approve their own request')
        expect(note).toContain(dueDate)
    })
})

describe('notRoutedComment', () => {
    it('tells the requester nothing was created and why', () => {
        expect(notRoutedComment(['The request names no owner for the account.'])).toBe(
            'This service-account request was closed without approval, and nothing was created. The request names no owner for the account. Submit a new request once this is fixed.',
        )
    })

    it('when user input holds a caret, then it is replaced (the flow writes the comment through an encoded template)', () => {
        expect(notRoutedComment(['"svc^x" cannot be used.'])).not.toContain('^')
    })
})
