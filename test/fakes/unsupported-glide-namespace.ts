/**
 * Jest maps every `@servicenow/glide/<namespace>` import here (jest.config.js). The double models
 * only the root `@servicenow/glide` (GlideRecord, GlideDateTime, GlideDate, gs), so importing a
 * namespace fails at once instead of yielding undefined classes. The stack trace names the importer.
 */
throw new Error(
    'Glide test double: a @servicenow/glide/<namespace> import is not implemented (only @servicenow/glide itself is). ' +
        'Import from @servicenow/glide, or add the namespace to the double with its own tests.',
)

export {}
