package uk.imap.hardening;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Added to the shipped web module by {@link PageFailureIT} alone: a form whose save fails as nothing in IMAP should. */
@Named("failingSave")
@RequestScoped
public class FailingSaveForTest {

    private String typed;

    public String save() {
        throw new IllegalStateException("Failing on purpose while saving: " + typed);
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
