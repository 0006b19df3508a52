import '@servicenow/sdk/global'
import { EmailNotification } from '@servicenow/sdk/core'

/** Tells the requester and the owner that their service-account request was approved. */
export const requestApprovedNotification = EmailNotification({
    $id: Now.ID['request-approved-notification'],
    table: 'sc_req_item',
    name: 'Service account request approved',
    description: 'Sent to the requester and the owner when a "Request a Service Account" request is approved.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_seed_svcacct.request.approved',
    },
    recipientDetails: {
        recipientFields: ['opened_by', 'requested_for'],
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'text/html',
        subject: 'Service account ${event.parm1} approved (${number})',
        messageHtml:
            '<p>Your request ${number} for the service account <b>${event.parm1}</b> was approved.</p><p>The account is being created now. Its initial credential never travels in this request or in email: the Service Account Administrators set it and hand it to the owner through the credential vault. The request closes when that hand-over is done.</p><p>${URI_REF}</p>',
    },
})
