/*
 * R27: sessions end after 15 idle minutes. Typing counts as work: while a person types, the session is kept
 * alive (at most one call every 5 minutes); after 13 minutes with no contact a dialog warns, and staying signed
 * in keeps everything typed on the page. However busy, a session ends 12 hours after signing in: a second dialog
 * warns 15 minutes before that, once, so the person saves first.
 */
(function () {
    "use strict";
    var IDLE_LIMIT = 15 * 60 * 1000;
    var WARN_AFTER = 13 * 60 * 1000;
    var KEEP_ALIVE_EVERY = 5 * 60 * 1000;
    var WARN_BEFORE_END = 15 * 60 * 1000;
    var endingWarned = false;
    var lastContact = Date.now();
    var typedSinceContact = false;

    function keepAlive() {
        lastContact = Date.now();
        typedSinceContact = false;
        if (typeof imapKeepAlive === "function") {
            imapKeepAlive();
        }
    }

    function dialog() {
        return document.getElementById("sessionWarning");
    }

    document.addEventListener("input", function () {
        typedSinceContact = true;
        if (Date.now() - lastContact > KEEP_ALIVE_EVERY) {
            keepAlive();
        }
    });

    if (window.jQuery) {
        jQuery(document).on("pfAjaxComplete", function () {
            lastContact = Date.now();
        });
    }

    document.addEventListener("click", function (event) {
        if (event.target && event.target.id === "sessionWarningStay") {
            keepAlive();
            dialog().close();
        }
        if (event.target && event.target.id === "sessionEndingUnderstood") {
            document.getElementById("sessionEnding").close();
        }
    });

    function checkEnd() {
        var ending = document.getElementById("sessionEnding");
        if (ending && !endingWarned && Date.now() >= Number(ending.getAttribute("data-ends-at")) - WARN_BEFORE_END) {
            endingWarned = true;
            if (!ending.open && !(dialog() && dialog().open)) {
                ending.showModal();
            }
        }
    }

    function check() {
        checkEnd();
        var idle = Date.now() - lastContact;
        var warning = dialog();
        if (!warning) {
            return;
        }
        if (typedSinceContact) {
            keepAlive();
        } else if (idle >= WARN_AFTER && idle < IDLE_LIMIT && !warning.open) {
            warning.showModal();
        }
    }

    setInterval(check, 30 * 1000);

    // For the browser tests, which cannot wait 13 minutes.
    window.imapSessionGuard = {
        pretendIdleFor: function (millis) {
            lastContact = Date.now() - millis;
            typedSinceContact = false;
        },
        check: check,
        pretendSessionEndsIn: function (millis) {
            document.getElementById("sessionEnding").setAttribute("data-ends-at", String(Date.now() + millis));
            endingWarned = false;
        },
        lastContact: function () {
            return lastContact;
        }
    };
}());
