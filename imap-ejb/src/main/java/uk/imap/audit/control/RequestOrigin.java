package uk.imap.audit.control;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from, set by the web tier for every request, read into each audit event. */
@RequestScoped
public class RequestOrigin {

    private String address = "unknown";
    private String userAgent;

    public void from(String address, String userAgent) {
        this.address = address;
        this.userAgent = userAgent;
    }

    public String address() {
        return address;
    }

    public String userAgent() {
        return userAgent;
    }
}
