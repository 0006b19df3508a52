/**
 * The in-memory Glide test double. Jest maps `@servicenow/glide` here (jest.config.js), so app
 * modules get GlideRecord, GlideDateTime, GlideDate and gs from this file; tests use `glide` to
 * seed, inspect and steer it, and the offline harness uses setWriteHooks() and matchesCondition().
 * What it models and refuses: docs/test-double.md.
 */
export { glide, matchesCondition, type Counters, type RequestItemSeed } from './glide/control.ts'
export { GlideDate, GlideDateTime } from './glide/date-time.ts'
export { gs } from './glide/gs.ts'
export { GlideRecord, type GlideQueryCondition } from './glide/record.ts'
export type { DefaultContext, FieldSpec, FieldType, TableSpec } from './glide/schema.ts'
export { GlideDoubleError } from './glide/strict.ts'
export {
    GlideAggregate,
    GlideDigest,
    GlideDuration,
    GlideElement,
    GlideEmailOutbound,
    GlideFilter,
    GlideQuery,
    GlideRecordSecure,
    GlideSchedule,
    GlideScopedEvaluator,
    GlideSecureRandomUtil,
    GlideSession,
    GlideStringUtil,
    GlideSysAttachment,
    GlideTableHierarchy,
    GlideTime,
    GlideUser,
} from './glide/unsupported.ts'
export type { AccessEntry, AccessOperation, EventEntry, FailureSpec, LogEntry, MessageEntry, Row, SessionUser, TableAccessOperation, WriteHooks, WriteOperation } from './glide/store.ts'
