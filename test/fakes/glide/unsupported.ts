/**
 * Classes of @servicenow/glide that the double does not model. Without these, an app module that
 * imports one would get `undefined` and fail with "is not a constructor"; with them, constructing
 * or using one throws and names the class.
 */
import { refuse, strict } from './strict.ts'

function unsupportedClass(name: string): new (...args: unknown[]) => never {
    const message = `${name} is not implemented by the Glide test double (it models GlideRecord, GlideDateTime, GlideDate and gs). Add it to test/fakes/glide/ with its own tests.`
    const cls = class {
        constructor() {
            refuse(message)
        }
    }
    return strict(cls, { missing: () => message, assign: () => message }) as unknown as new (...args: unknown[]) => never
}

export const GlideAggregate = unsupportedClass('GlideAggregate')
export const GlideRecordSecure = unsupportedClass('GlideRecordSecure')
export const GlideQuery = unsupportedClass('GlideQuery')
export const GlideElement = unsupportedClass('GlideElement')
export const GlideTime = unsupportedClass('GlideTime')
export const GlideDuration = unsupportedClass('GlideDuration')
export const GlideSchedule = unsupportedClass('GlideSchedule')
export const GlideSysAttachment = unsupportedClass('GlideSysAttachment')
export const GlideEmailOutbound = unsupportedClass('GlideEmailOutbound')
export const GlideScopedEvaluator = unsupportedClass('GlideScopedEvaluator')
export const GlideUser = unsupportedClass('GlideUser')
export const GlideSession = unsupportedClass('GlideSession')
export const GlideFilter = unsupportedClass('GlideFilter')
export const GlideTableHierarchy = unsupportedClass('GlideTableHierarchy')
export const GlideStringUtil = unsupportedClass('GlideStringUtil')
export const GlideSecureRandomUtil = unsupportedClass('GlideSecureRandomUtil')
export const GlideDigest = unsupportedClass('GlideDigest')
