/*
 * The enquiry page's forms open in place and several may be open at once. A form opened takes the keyboard at once:
 * focus moves to its first field, so a person using the keyboard or a screen reader goes on where the form appeared
 * (R26). Saving one form draws the page again from the server, which knows only what that form sent: text typed in
 * another open form and not saved yet is put back into it, so nothing typed is lost to a save made elsewhere.
 */
function imapFocusFirstField(form) {
    "use strict";
    var opened = document.getElementById(form);
    if (!opened) {
        return;
    }
    var field = opened.querySelector("input:not([type=hidden]), select, textarea");
    if (field) {
        field.focus();
    }
}

(function () {
    "use strict";
    var TYPED = "main form input[type=text], main form input:not([type]), main form textarea";
    var typed = null;

    // The form the request came from: the sending component's own form, found from its id (a form inside a list
    // has an id that starts with the list's, so the id's first part alone would name the wrong one).
    function sentFrom(settings) {
        var sent = typeof settings.data === "string" ? settings.data : "";
        var source = /(?:^|&)(?:jakarta|javax)\.faces\.source=([^&]*)/.exec(sent);
        if (!source) {
            return null;
        }
        var id = decodeURIComponent(source[1].replace(/\+/g, " "));
        var sender = document.getElementById(id);
        var form = sender && (sender.form || sender.closest("form"));
        return form ? form.id : id.split(":")[0];
    }

    if (!window.jQuery) {
        return;
    }
    jQuery(document).on("pfAjaxSend", function (event, xhr, settings) {
        var from = sentFrom(settings || {});
        typed = [];
        document.querySelectorAll(TYPED).forEach(function (field) {
            if (field.id && field.value && field.form && field.form.id !== from) {
                typed.push({id: field.id, value: field.value});
            }
        });
    });
    jQuery(document).on("pfAjaxComplete", function () {
        (typed || []).forEach(function (kept) {
            var field = document.getElementById(kept.id);
            if (field && !field.value) {
                field.value = kept.value;
            }
        });
        typed = null;
    });
})();
