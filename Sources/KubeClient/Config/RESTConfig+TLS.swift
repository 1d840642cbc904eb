import NIOSSL

extension RESTConfig {
    /// The TLS settings for this server: the CA (else the system roots), the client certificate and key,
    /// TLS 1.2 at least (client-go's minimum). Files are read now; unreadable or unparsable material is a
    /// `.configuration` error naming the file, worded after client-go's transport errors.
    func makeTLSConfiguration() throws(KubeClientError) -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = .tlsv12
        let authority = try material(certificateAuthorityData, certificateAuthorityFile, what: "CA file")
        if insecureSkipTLSVerify {
            guard authority == nil else {
                throw KubeClientError(
                    .configuration, "specifying a root certificates file with the insecure flag is not allowed")
            }
            tls.certificateVerification = .none
        } else if let authority {
            do {
                tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(authority))
            } catch {
                throw KubeClientError(.configuration, "unable to load root certificates: \(error)")
            }
        }
        let certificate = try material(clientCertificateData, clientCertificateFile, what: "client certificate")
        let key = try material(clientKeyData, clientKeyFile, what: "client key")
        switch (certificate, key) {
        case (nil, nil):
            break
        case (let certificate?, let key?):
            do {
                tls.certificateChain = try NIOSSLCertificate.fromPEMBytes(certificate).map { .certificate($0) }
                tls.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: key, format: .pem))
            } catch {
                throw KubeClientError(.configuration, "tls: failed to load the client certificate and key: \(error)")
            }
        case (nil, _?):
            throw KubeClientError(.configuration, "client key given without a client certificate")
        case (_?, nil):
            throw KubeClientError(.configuration, "client certificate given without a client key")
        }
        return tls
    }

    /// `data`, else the contents of `file`, else nil.
    private func material(_ data: [UInt8]?, _ file: String?, what: String) throws(KubeClientError) -> [UInt8]? {
        if let data { return data }
        guard let file else { return nil }
        do {
            return try LocalFile.read(file)
        } catch {
            throw KubeClientError(.configuration, "unable to read \(what): \(error)")
        }
    }
}
