package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.CertificateParsingException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TestCertificateTest {

    @Test
    void coversEveryTenantLocalhostAndTheLoopbackAddress() throws CertificateParsingException {
        List<String> names = TestCertificate.certificate().getSubjectAlternativeNames().stream()
                .map(entry -> entry.get(1).toString()).collect(Collectors.toList());

        assertTrue(names.containsAll(List.of("*.app.personio.com", "localhost", "127.0.0.1")), names.toString());
    }

    @Test
    void buildsTlsContextsForTheServerAndForTrustingClients() {
        assertEquals("TLS", TestCertificate.serverContext().getProtocol());
        assertEquals("TLS", TestCertificate.trustingContext().getProtocol());
    }
}
