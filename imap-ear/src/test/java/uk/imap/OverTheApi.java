package uk.imap;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every REST test shares: the shipped EAR deployed as it is, called over HTTP as a partner system would. */
@ExtendWith(ArquillianExtension.class)
public abstract class OverTheApi {

    protected static final String PASSWORD = Deployments.PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.imap();
    }

    @ArquillianResource
    protected URL base;

    protected Api api;

    @BeforeEach
    void connect() throws Exception {
        api = new Api(new URL(base, "/imap/"));
    }
}
