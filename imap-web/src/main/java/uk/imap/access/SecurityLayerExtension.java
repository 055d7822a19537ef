package uk.imap.access;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/** Registers {@link SecurityLayerEvents} with the server's web security layer when IMAP is deployed (R18). */
public class SecurityLayerExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addNotificationReceiver(new SecurityLayerEvents());
    }
}
