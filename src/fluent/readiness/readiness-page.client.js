/*
 * Client script of the readiness page: asks the server for the readiness report (GlideAjax) and
 * shows one row per check, with pass or fail and, for a failure, how to fix it.
 * Text is escaped before it is placed in the page: details quote property values and group names.
 */
function readinessEscape(text) {
    return String(text === null || text === undefined ? '' : text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

function readinessStatus(check) {
    if (check.pass) return 'Pass';
    return check.informational ? 'Note' : 'Fail';
}

/** The HTML of a report, or of an error answer. Pure, so it is unit-tested as shipped. */
function readinessRender(answer) {
    if (!answer || answer.error) {
        return '<p class="readiness-error">' + readinessEscape(answer ? answer.error : 'The readiness check did not answer.') + '</p>';
    }
    var html = [];
    html.push(
        answer.ready
            ? '<p class="readiness-summary readiness-ready">Ready: everything the app needs is in place.</p>'
            : '<p class="readiness-summary readiness-not-ready">Not ready: fix the failures below, then run the check again.</p>'
    );
    html.push('<table class="readiness-checks"><thead><tr><th>Result</th><th>Check</th><th>Found</th><th>How to fix</th></tr></thead><tbody>');
    for (var i = 0; i < answer.checks.length; i++) {
        var check = answer.checks[i];
        var status = readinessStatus(check);
        html.push(
            '<tr class="readiness-' + status.toLowerCase() + '" data-check="' + readinessEscape(check.id) + '">' +
                '<td>' + status + '</td>' +
                '<td>' + readinessEscape(check.title) + '</td>' +
                '<td>' + readinessEscape(check.detail) + '</td>' +
                '<td>' + readinessEscape(check.fix) + '</td>' +
            '</tr>'
        );
    }
    html.push('</tbody></table>');
    return html.join('');
}

function readinessRun() {
    var target = document.getElementById('readiness_report');
    target.innerHTML = '<p>Checking...</p>';
    var ajax = new GlideAjax('x_seed_svcacct.ReadinessCheckAjax');
    ajax.addParam('sysparm_name', 'runCheck');
    ajax.getXMLAnswer(function (answer) {
        var parsed = null;
        try {
            parsed = JSON.parse(answer);
        } catch (e) {
            parsed = { error: 'The readiness check answered something unreadable (' + e.message + '): ' + answer };
        }
        target.innerHTML = readinessRender(parsed);
    });
}

if (typeof addLoadEvent === 'function') addLoadEvent(readinessRun);
else readinessRun();
