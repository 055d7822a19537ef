package uk.imap;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every browser test shares: the shipped EAR deployed as it is, and a fresh headless Chromium per test. */
@ExtendWith(ArquillianExtension.class)
public abstract class InTheBrowser {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.imap();
    }

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(new URL(base, "/imap/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
