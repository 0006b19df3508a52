import '@servicenow/sdk/global'
import { EmailNotification } from '@servicenow/sdk/core'

/** Tells the owner their service account is now web-service-only (event: lockedDownEvent). */
export const lockdownCompletedNotification = EmailNotification({
    $id: Now.ID['notification-lockdown-completed'],
    table: 'x_seed_svcacct_service_account',
    name: 'Service account locked down (web service access only)',
    description: 'Sent to the owner when a service account is locked down: by the owner, an app admin, or the daily job when the GUI window ends.',
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_seed_svcacct.lockdown.completed',
    },
    recipientDetails: {
        recipientFields: ['owner'],
        sendToCreator: false,
    },
    emailContent: {
        subject: 'Service account ${user_name} is now web-service-only',
        messageHtml: `<p>Hello \${owner.first_name},</p>
<p>The service account <strong>\${user_name}</strong> (\${consuming_system}) is now <strong>web-service-only</strong>. It keeps calling the APIs with its credentials, but it can no longer log in to the UI, the portal or through SSO.</p>
<p>Locked down on \${locked_down_on} (\${lockdown_method}).</p>
<p>If it ever needs GUI access again, ask a Service Account Lifecycle admin to reopen its GUI window; they record the reason and a new end date.</p>`,
    },
})
