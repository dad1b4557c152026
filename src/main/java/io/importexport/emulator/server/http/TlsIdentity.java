package io.importexport.emulator.server.http;

import io.importexport.emulator.config.EmulatorOptions;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What HTTPS serves: a key and its certificate chain, either made at start (a CA of its own, valid for a year, and a
 * certificate for localhost, 127.0.0.1, ::1 and the names asked for, signed by it; clients verify the emulator with
 * the CA's certificate instead of turning verification off) or read from a PKCS12 keystore the user gives.
 * Certificates are built by BouncyCastle's bcpkix and signed by the runtime's own providers (P-256 ECDSA).
 *
 * @param caPem the CA certificate as PEM, when the emulator made the chain; empty for a keystore of the user's
 */
public record TlsIdentity(SSLContext context, Optional<String> caPem) {
    private static final Duration VALIDITY = Duration.ofDays(365);
    private static final List<String> LOCAL_NAMES = List.of("localhost", "127.0.0.1", "::1");

    /** A new CA and a certificate it signed for the loopback names and {@code names} (host names or IP addresses). */
    public static TlsIdentity generate(List<String> names) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair caKeys = generator.generateKeyPair();
            KeyPair serverKeys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name caName = new X500Name("CN=importexport-emulator local CA " + now.getEpochSecond());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)), caName, caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
            X509Certificate caCertificate = sign(ca, caKeys);
            X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caCertificate, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), new X500Name("CN=localhost"), serverKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, alternativeNames(names))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(caCertificate));
            X509Certificate serverCertificate = sign(server, caKeys);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = new char[0];
            store.setKeyEntry("server", serverKeys.getPrivate(), password, new Certificate[] {serverCertificate, caCertificate});
            return new TlsIdentity(context(store, password), Optional.of(pem(caCertificate)));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make a certificate for HTTPS: " + e.getMessage(), e);
        }
    }

    /**
     * The key and chain of a PKCS12 keystore.
     *
     * @throws IllegalArgumentException naming the file, when it cannot be read as one with this password
     */
    public static TlsIdentity fromKeystore(Path file, String password) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            return new TlsIdentity(context(store, secret), Optional.empty());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(EmulatorOptions.TLS_KEYSTORE.flag() + " " + file + ": not a PKCS12 keystore this password opens (" + e.getMessage() + ")", e);
        }
    }

    private static SSLContext context(KeyStore store, char[] password) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** The loopback names and the names given, each as a DNS name or, when it is one, an IP address. */
    private static GeneralNames alternativeNames(List<String> names) {
        Set<String> all = new LinkedHashSet<>(LOCAL_NAMES);
        names.stream().map(String::strip).filter(name -> !name.isEmpty()).forEach(all::add);
        List<GeneralName> general = new ArrayList<>();
        for (String name : all) {
            general.add(isAddress(name) ? new GeneralName(GeneralName.iPAddress, name) : new GeneralName(GeneralName.dNSName, name));
        }
        return new GeneralNames(general.toArray(GeneralName[]::new));
    }

    /** An IPv4 or IPv6 literal, as opposed to a DNS name (the option's rule has checked each is one or the other). */
    private static boolean isAddress(String name) {
        return name.contains(":") || name.matches("[0-9.]+");
    }

    private static X509Certificate sign(X509v3CertificateBuilder certificate, KeyPair issuer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(certificate.build(new JcaContentSignerBuilder("SHA256withECDSA")
                .build(issuer.getPrivate())));
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE);
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
