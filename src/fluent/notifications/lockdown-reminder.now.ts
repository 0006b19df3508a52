import '@servicenow/sdk/global'
import { EmailNotification } from '@servicenow/sdk/core'

/**
 * Reminds the owner, once, that GUI access ends soon (x_seed_svcacct.reminder.days before; event:
 * reminderEvent). Says when, and how to confirm early from the platform UI or the Service Portal.
 */
export const lockdownReminderNotification = EmailNotification({
    $id: Now.ID['notification-lockdown-reminder'],
    table: 'x_seed_svcacct_service_account',
    name: 'Service account GUI access ends soon',
    description: 'Sent once to the owner of an exploring service account, the number of days set in x_seed_svcacct.reminder.days before its GUI window ends.',
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_seed_svcacct.lockdown.reminder',
    },
    recipientDetails: {
        recipientFields: ['owner'],
        sendToCreator: false,
    },
    emailContent: {
        subject: 'GUI access for service account ${user_name} ends on ${gui_access_until}',
        messageHtml: `<p>Hello \${owner.first_name},</p>
<p>The service account <strong>\${user_name}</strong> (\${consuming_system}) can log in to the UI until <strong>\${gui_access_until}</strong>. After that it becomes web-service-only: it keeps calling the APIs, but cannot log in to the UI, the portal or through SSO.</p>
<p>If your API calls are already sorted, confirm now, either way:</p>
<ul>
<li>in the Service Portal or Employee Center, order <em>Confirm my service account's API calls are sorted</em> and pick \${user_name}; or</li>
<li>in the platform UI, open it under Service Accounts &gt; My Service Accounts and click <em>Confirm API calls are sorted</em>.</li>
</ul>
<p>If you do nothing, GUI access ends on that date automatically.</p>`,
    },
})
