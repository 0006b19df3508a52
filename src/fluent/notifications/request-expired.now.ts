import '@servicenow/sdk/global'
import { EmailNotification } from '@servicenow/sdk/core'

/** Tells the requester and the owner that nobody decided on their service-account request in time. */
export const requestExpiredNotification = EmailNotification({
    $id: Now.ID['request-expired-notification'],
    table: 'sc_req_item',
    name: 'Service account request expired',
    description:
        'Sent to the requester and the owner when a "Request a Service Account" request expires because no approver decided before the due date.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_seed_svcacct.request.expired',
    },
    recipientDetails: {
        recipientFields: ['opened_by', 'requested_for'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'text/html',
        subject: 'Service account ${event.parm1} request expired (${number})',
        messageHtml:
            '<p>Your request ${number} for the service account <b>${event.parm1}</b> expired: no approver decided before the due date (${event.parm2} UTC). It is now closed and no account was created.</p><p>If the need remains, remind the approver and submit a new request.</p><p>${URI_REF}</p>',
    },
})
