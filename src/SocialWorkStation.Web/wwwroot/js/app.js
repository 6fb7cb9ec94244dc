// Small helpers the Blazor pages call (no inline scripts: the CSP forbids them).
window.sws = {
    // Tests and the idle timer wait for this: set once the interactive circuit has rendered the layout.
    markInteractive: function () { window.__swsInteractive = true; },
    // Forms that change state are POSTs with the antiforgery token; a select submits its form when it changes.
    submitForm: function (form) { form.requestSubmit(); },
};

// Idle timeout (等保2.0): after N minutes without input, sign out. The cookie also expires server-side.
(function () {
    if (document.body.dataset.authenticated !== "true") return;
    const minutes = parseInt(document.body.dataset.idleMinutes || "30", 10);
    let timer;
    function logout() {
        const form = document.createElement("form");
        form.method = "post";
        form.action = "/account/logout?reason=idle";
        const token = document.querySelector("input[name=__RequestVerificationToken]");
        if (token) form.appendChild(token.cloneNode());
        document.body.appendChild(form);
        form.submit();
    }
    function reset() {
        clearTimeout(timer);
        timer = setTimeout(logout, minutes * 60 * 1000);
    }
    ["mousemove", "keydown", "pointerdown", "touchstart", "scroll"].forEach(e =>
        window.addEventListener(e, reset, { passive: true }));
    reset();
})();
