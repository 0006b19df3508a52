import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * Events of the lock-down lifecycle. The notifications in src/fluent/notifications/lockdown-*.now.ts
 * listen to them; src/server/lockdown/lockdown-rules.ts (EVENT) names them for gs.eventQueue().
 * Scoped events need both suffix and event_name; event_name is at most 40 characters.
 */

export const lockedDownEvent = Record({
    $id: Now.ID['event-lockdown-completed'],
    table: 'sysevent_register',
    data: {
        suffix: 'lockdown.completed',
        event_name: 'x_seed_svcacct.lockdown.completed',
        table: 'x_seed_svcacct_service_account',
        description: 'A service account became web-service-only. parm1: owner sys_id; parm2: lock-down method.',
        fired_by: 'src/server/lockdown/lock-down.ts (UI action, portal confirmation, daily job)',
        priority: 100,
    },
})

export const reminderEvent = Record({
    $id: Now.ID['event-lockdown-reminder'],
    table: 'sysevent_register',
    data: {
        suffix: 'lockdown.reminder',
        event_name: 'x_seed_svcacct.lockdown.reminder',
        table: 'x_seed_svcacct_service_account',
        description: 'The GUI window of a service account ends soon. parm1: owner sys_id; parm2: window end (UTC).',
        fired_by: 'src/server/lockdown/window-sweep.ts (daily job)',
        priority: 100,
    },
})
