package personio.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The simulator's test certificate for {@code *.app.personio.com}, {@code localhost} and {@code 127.0.0.1}.
 *
 * <p>Clients on the JVM trust it through {@link #trustingContext()}; nothing else should.
 */
public final class TestCertificate {

    public static final String ALIAS = "personio";

    private static final String RESOURCE = "/personio/simulator/test-certificate.p12";
    private static final char[] PASSWORD = "simulator".toCharArray();

    private TestCertificate() {
    }

    /** Loaded once: reading the PKCS12 store is slow, and a context serves any number of connections. */
    private static final class Contexts {
        static final SSLContext SERVER = buildServerContext();
        static final SSLContext TRUSTING = buildTrustingContext();
    }

    /** The certificate itself. */
    public static X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore().getCertificate(ALIAS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test certificate cannot be read", e);
        }
    }

    /** A TLS context that serves the certificate and its key. */
    public static SSLContext serverContext() {
        return Contexts.SERVER;
    }

    /** A TLS context that trusts this certificate and nothing else. */
    public static SSLContext trustingContext() {
        return Contexts.TRUSTING;
    }

    private static SSLContext buildServerContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test certificate cannot serve TLS", e);
        }
    }

    private static SSLContext buildTrustingContext() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry(ALIAS, certificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the test certificate cannot be trusted", e);
        }
    }

    private static KeyStore keyStore() throws GeneralSecurityException {
        try (InputStream in = TestCertificate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("the test certificate cannot be read", e);
        }
    }
}
