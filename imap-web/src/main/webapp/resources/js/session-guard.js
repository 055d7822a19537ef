/*
 * R27: sessions end after 15 idle minutes. Typing counts as work: while a person types, the session is kept
 * alive (at most one call every 5 minutes); after 13 minutes with no contact a dialog warns, and staying signed
 * in keeps everything typed on the page. However busy, a session ends 12 hours after signing in: a second dialog
 * warns 15 minutes before that, once, so the person saves first.
 *
 * Nothing typed is lost to a session that has ended: before a form is sent the page asks the server whether the
 * session is still there. If it is not (or the server cannot be reached) the form is not sent; what was typed is
 * kept in this browser tab, and after signing in again it is put back on the same page for the same person to
 * check and save. The clock is read from the time of day, never from counted timer ticks: a browser slows the
 * timers of a tab in the background, and a warning must not still say "2 minutes" after 16.
 */
(function () {
    "use strict";
    var IDLE_LIMIT = 15 * 60 * 1000;
    var WARN_AFTER = 13 * 60 * 1000;
    var KEEP_ALIVE_EVERY = 5 * 60 * 1000;
    var WARN_BEFORE_END = 15 * 60 * 1000;
    var KEPT_FOR = 12 * 60 * 60 * 1000;
    var KEPT = "imap.kept:";
    var NOT_KEPT = ["hidden", "password", "file", "submit", "button", "reset", "image"];
    var endingWarned = false;
    var lastContact = Date.now();
    var typedSinceContact = false;
    var ended = false;

    function byId(id) {
        return document.getElementById(id);
    }

    /** The page's path, as the server knows it: a doubled slash in the address is the same page. */
    function pagePath() {
        return location.pathname.replace(/\/{2,}/g, "/") + location.search;
    }

    function pageKey() {
        return KEPT + pagePath();
    }

    function signedInAs() {
        var user = byId("signedInUser");
        return user ? user.textContent.trim() : "";
    }

    function clockTime(millis) {
        return new Date(millis).toLocaleTimeString("en-GB",
            {hour: "2-digit", minute: "2-digit", timeZone: "Europe/London"});
    }

    /** Resolves true when the session is there, false when it has ended, null when the server cannot be reached. */
    function askServer() {
        var dialog = byId("workKept");
        if (!dialog || !window.fetch) {
            return Promise.resolve(true);
        }
        return fetch(dialog.getAttribute("data-status"), {credentials: "same-origin", redirect: "manual",
            cache: "no-store"})
            .then(function (answer) {
                return answer.status === 204;
            }, function () {
                return null;
            });
    }

    function labelOf(field) {
        var label = field.id ? document.querySelector("label[for='" + CSS.escape(field.id) + "']") : null;
        var legend = field.closest("fieldset") ? field.closest("fieldset").querySelector("legend") : null;
        return (label || legend || {textContent: field.name}).textContent.trim();
    }

    function typedFields() {
        var fields = [];
        document.querySelectorAll("main form input, main form textarea, main form select").forEach(function (field) {
            var type = (field.type || "").toLowerCase();
            if (!field.name || field.disabled || NOT_KEPT.indexOf(type) >= 0 || field.name.indexOf("jakarta.") === 0) {
                return;
            }
            var kept = {name: field.name, label: labelOf(field)};
            if (type === "checkbox" || type === "radio") {
                kept.value = field.value;
                kept.checked = field.checked;
            } else if (field.multiple) {
                kept.values = Array.prototype.filter.call(field.options, function (option) {
                    return option.selected;
                }).map(function (option) {
                    return option.value;
                });
            } else {
                kept.value = field.value;
            }
            fields.push(kept);
        });
        return fields;
    }

    function keepTyped() {
        try {
            sessionStorage.setItem(pageKey(), JSON.stringify({user: signedInAs(), at: Date.now(),
                fields: typedFields()}));
        } catch (full) {
            // Storage refused (private mode, full): the page itself still holds the work until it is left.
        }
    }

    function setChecked(field, checked) {
        if (field.checked === checked) {
            return;
        }
        // PrimeFaces draws its own box over the hidden input: a click on it keeps the two in step.
        var widget = field.closest(".ui-chkbox, .ui-radiobutton");
        var box = widget ? widget.querySelector(".ui-chkbox-box, .ui-radiobutton-box") : null;
        if (box) {
            box.click();
        } else {
            field.checked = checked;
        }
    }

    function putBack(kept) {
        var fields = document.getElementsByName(kept.name);
        if (fields.length === 0) {
            return false;
        }
        var field = fields[0];
        if (field.type === "checkbox" || field.type === "radio") {
            Array.prototype.forEach.call(fields, function (choice) {
                if (choice.value === kept.value) {
                    setChecked(choice, kept.checked);
                }
            });
        } else if (kept.values) {
            Array.prototype.forEach.call(field.options, function (option) {
                option.selected = kept.values.indexOf(option.value) >= 0;
            });
        } else {
            field.value = kept.value;
            var menu = field.closest(".ui-selectonemenu");
            if (menu && field.selectedIndex >= 0) {
                menu.querySelector(".ui-selectonemenu-label").textContent = field.options[field.selectedIndex].text;
            }
        }
        return true;
    }

    function tellPutBack(notPlaced) {
        var notice = document.createElement("div");
        notice.id = "keptWork";
        notice.className = "notice";
        notice.setAttribute("role", "alert");
        var said = document.createElement("p");
        said.textContent = "What you typed before your session ended has been put back. Check it, then save.";
        notice.appendChild(said);
        if (notPlaced.length > 0) {
            // The page has changed since: nothing typed is dropped; it is shown for the person to copy.
            var list = document.createElement("ul");
            notPlaced.forEach(function (kept) {
                var item = document.createElement("li");
                item.textContent = kept.label + ": " + kept.value;
                list.appendChild(item);
            });
            said.textContent += " These could not be put back where they were:";
            notice.appendChild(list);
        }
        var main = byId("main");
        main.insertBefore(notice, main.querySelector("h1") ? main.querySelector("h1").nextSibling : main.firstChild);
    }

    function restoreKept() {
        var stored;
        try {
            stored = JSON.parse(sessionStorage.getItem(pageKey()));
            sessionStorage.removeItem(pageKey());
        } catch (unreadable) {
            return;
        }
        // Only for the person who typed it, and not from a day ago.
        if (!stored || stored.user !== signedInAs() || Date.now() - stored.at > KEPT_FOR) {
            return;
        }
        var typed = stored.fields.filter(function (kept) {
            return kept.checked !== false && (kept.value || (kept.values && kept.values.length));
        });
        whenOpen(formsToOpen(typed), function () {
            var notPlaced = stored.fields.filter(function (kept) {
                return !putBack(kept);
            }).filter(function (kept) {
                return typed.indexOf(kept) >= 0 && kept.value;
            });
            if (typed.length > 0) {
                tellPutBack(notPlaced);
            }
        });
    }

    /** The forms of the page shown only when asked for (the enquiry page's) that held typed work and are closed. */
    function formsToOpen(typed) {
        var forms = [];
        typed.forEach(function (kept) {
            var form = kept.name.split(":")[0];
            if (forms.indexOf(form) < 0 && !byId(form) && byId(form + "Opener:open")) {
                forms.push(form);
            }
        });
        return forms;
    }

    /**
     * Opens those forms with their buttons, then puts the work back once they are on the page (after 10 s, what
     * cannot be placed is listed for the person to copy). The buttons are pressed once the page has loaded: before
     * that, PrimeFaces cannot send their requests and a press would post the whole form instead.
     */
    function whenOpen(forms, then) {
        if (forms.length === 0) {
            then();
            return;
        }
        function press() {
            forms.forEach(function (form) {
                byId(form + "Opener:open").click();
            });
            var waited = 0;
            (function check() {
                if (waited >= 10000 || forms.every(byId)) {
                    then();
                    return;
                }
                waited += 100;
                setTimeout(check, 100);
            })();
        }
        if (document.readyState === "complete") {
            press();
        } else {
            window.addEventListener("load", press);
        }
    }

    function forgetKept() {
        try {
            Object.keys(sessionStorage).filter(function (key) {
                return key.indexOf(KEPT) === 0;
            }).forEach(function (key) {
                sessionStorage.removeItem(key);
            });
        } catch (unavailable) {
            // Nothing was kept.
        }
    }

    /** The session has ended, or the server cannot be reached: keep the work and say what to do. */
    function keepAndTell(alive) {
        keepTyped();
        var dialog = byId("workKept");
        var warning = byId("sessionWarning");
        if (warning && warning.open) {
            warning.close();
        }
        ended = alive === false;
        byId("workKeptTitle").textContent = ended ? "Your session has ended" : "IMAP cannot be reached";
        byId("workKeptWhy").textContent = ended
            ? "Nothing was sent. What you typed on this page is kept in this browser tab: sign in again and it "
                + "will be put back here for you to check and save."
            : "Nothing was sent. What you typed on this page is kept in this browser tab: try again in a minute "
                + "and it will be put back here for you to check and save.";
        byId("workKeptAgain").textContent = ended ? "Sign in again" : "Try again";
        if (!dialog.open) {
            dialog.showModal();
        }
    }

    function keepAlive() {
        var askedAt = Date.now();
        typedSinceContact = false;
        return askServer().then(function (alive) {
            if (alive) {
                lastContact = askedAt;
            } else {
                keepAndTell(alive);
            }
            return alive;
        });
    }

    document.addEventListener("input", function () {
        typedSinceContact = true;
        if (!ended && Date.now() - lastContact > KEEP_ALIVE_EVERY) {
            keepAlive();
        }
    });

    if (window.jQuery) {
        jQuery(document).on("pfAjaxSuccess", function () {
            lastContact = Date.now();
        });
        // An ajax answer that is not one: the sign-in page, or no server at all.
        jQuery(document).on("pfAjaxError", function () {
            askServer().then(function (alive) {
                if (!alive) {
                    keepAndTell(alive);
                }
            });
        });
    }

    // Before a form leaves the page, make sure there is a session to take it (R27).
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.closest("main")) {
            return;
        }
        if (form.getAttribute("data-session-checked") === "yes") {
            form.removeAttribute("data-session-checked");
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        var submitter = event.submitter;
        askServer().then(function (alive) {
            if (!alive) {
                keepAndTell(alive);
                return;
            }
            lastContact = Date.now();
            form.setAttribute("data-session-checked", "yes");
            if (submitter && submitter.form === form) {
                form.requestSubmit(submitter);
            } else {
                form.requestSubmit();
            }
        });
    }, true);

    // An ajax button pressed after the idle time-out would meet the sign-in page: keep the work first.
    document.addEventListener("click", function (event) {
        var pressed = event.target && event.target.closest ? event.target.closest("button, a, input") : null;
        if (pressed && pressed.closest("main form") && Date.now() - lastContact >= IDLE_LIMIT) {
            event.preventDefault();
            event.stopImmediatePropagation();
            keepAndTell(false);
        }
    }, true);

    document.addEventListener("click", function (event) {
        var id = event.target ? event.target.id : "";
        if (id === "sessionWarningStay") {
            byId("sessionWarning").close();
            keepAlive();
        } else if (id === "sessionEndingUnderstood") {
            byId("sessionEnding").close();
        } else if (id === "workKeptAgain") {
            // The page afresh, by way of dropping the ended session: the sign-in then brings the person back here.
            var signIn = byId("workKept").getAttribute("data-sign-in");
            var back = pagePath().substring(signIn.length - "/sign-in-again".length);
            location.assign(signIn + "?to=" + encodeURIComponent(back));
        } else if (id === "signOut:signOutButton") {
            forgetKept();
        }
    });

    function checkEnd() {
        var ending = byId("sessionEnding");
        if (ending && !endingWarned && Date.now() >= Number(ending.getAttribute("data-ends-at")) - WARN_BEFORE_END) {
            endingWarned = true;
            if (!ending.open && !(byId("sessionWarning") && byId("sessionWarning").open)) {
                ending.showModal();
            }
        }
    }

    function check() {
        checkEnd();
        var idle = Date.now() - lastContact;
        var warning = byId("sessionWarning");
        if (!warning || ended) {
            return;
        }
        if (idle >= IDLE_LIMIT) {
            // The server has ended the session by now; asking would only keep it alive for nobody.
            keepAndTell(false);
        } else if (typedSinceContact) {
            keepAlive();
        } else if (idle >= WARN_AFTER && !warning.open) {
            byId("sessionWarningTitle").textContent = "You will be signed out at " + clockTime(lastContact + IDLE_LIMIT);
            warning.showModal();
        }
    }

    setInterval(check, 30 * 1000);
    // A tab brought back to the front checks at once: its timers may have slept.
    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible") {
            check();
        }
    });
    window.addEventListener("focus", check);

    restoreKept();

    // For the browser tests, which cannot wait 13 minutes.
    window.imapSessionGuard = {
        pretendIdleFor: function (millis) {
            lastContact = Date.now() - millis;
            typedSinceContact = false;
        },
        check: check,
        pretendSessionEndsIn: function (millis) {
            byId("sessionEnding").setAttribute("data-ends-at", String(Date.now() + millis));
            endingWarned = false;
        },
        lastContact: function () {
            return lastContact;
        }
    };
}());
