/*
 * After an action, its outcome is where the person is looking: when an ajax answer brings a new message (a refusal's
 * summary or a notice that the action worked), focus moves to it, which scrolls it into view and lets a screen
 * reader read it. A page scrolled far down no longer seems to do nothing (R26). Messages already on the page, and
 * answers that bring none (the keep-alive, a filter), leave the focus where it is.
 */
(function () {
    "use strict";
    var SELECTOR = "ul.error-summary, ul.notice, div.error-summary, div.notice";
    var seen = new WeakSet();

    function messages() {
        return Array.prototype.filter.call(document.querySelectorAll(SELECTOR), function (message) {
            return message.textContent.trim() !== "" && message.offsetParent !== null;
        });
    }

    function markSeen() {
        messages().forEach(function (message) {
            seen.add(message);
        });
    }

    document.addEventListener("DOMContentLoaded", markSeen);

    if (window.jQuery) {
        jQuery(document).on("pfAjaxComplete", function () {
            var fresh = messages().filter(function (message) {
                return !seen.has(message);
            });
            markSeen();
            if (fresh.length > 0) {
                if (!fresh[0].hasAttribute("tabindex")) {
                    fresh[0].setAttribute("tabindex", "-1");
                }
                fresh[0].focus();
            }
        });
    }
})();
