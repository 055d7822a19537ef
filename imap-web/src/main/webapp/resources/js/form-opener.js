/*
 * A form opened in place on the enquiry page takes the keyboard at once: focus moves to its first field, so a
 * person using the keyboard or a screen reader goes on where the form appeared (R26).
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
