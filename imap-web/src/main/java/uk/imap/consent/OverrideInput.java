package uk.imap.consent;

import java.io.Serializable;

/**
 * The public-interest case for sharing against a refusal (R4), as typed on the enquiry page or sent to
 * {@code /enquiries/{reference}/consent-overrides}: {justification, harmOfSharing, harmOfNotSharing}.
 */
public class OverrideInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String justification;
    private String harmOfSharing;
    private String harmOfNotSharing;

    public OverrideDetails toDetails() {
        return new OverrideDetails(justification, harmOfSharing, harmOfNotSharing);
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getHarmOfSharing() {
        return harmOfSharing;
    }

    public void setHarmOfSharing(String harmOfSharing) {
        this.harmOfSharing = harmOfSharing;
    }

    public String getHarmOfNotSharing() {
        return harmOfNotSharing;
    }

    public void setHarmOfNotSharing(String harmOfNotSharing) {
        this.harmOfNotSharing = harmOfNotSharing;
    }
}
