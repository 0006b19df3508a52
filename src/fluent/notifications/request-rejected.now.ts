import '@servicenow/sdk/global'
import { EmailNotification } from '@servicenow/sdk/core'

/** Tells the requester and the owner that their service-account request was rejected (or could not be routed). */
export const requestRejectedNotification = EmailNotification({
    $id: Now.ID['request-rejected-notification'],
    table: 'sc_req_item',
    name: 'Service account request rejected',
    description:
        'Sent to the requester and the owner when a "Request a Service Account" request is rejected by its approver, or is closed because it could not be sent for approval.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_seed_svcacct.request.rejected',
    },
    recipientDetails: {
        recipientFields: ['opened_by', 'requested_for'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'text/html',
        subject: 'Service account ${event.parm1} not approved (${number})',
        messageHtml:
            '<p>Your request ${number} for the service account <b>${event.parm1}</b> was not approved, and it is now closed. No account was created.</p><p>The reason is in the comments on the request. If the need remains, talk to the approver and submit a new request.</p><p>${URI_REF}</p>',
    },
})
