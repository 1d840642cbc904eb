import X509

extension UserInfo {
    /// The identity a client certificate asserts, read as upstream's x509 authenticator reads it
    /// (`CommonNameUserConversion`): the subject's CN is the user, its O attributes the groups.
    public init(clientCertificate certificate: Certificate) {
        var name = ""
        var groups: [String] = []
        for relativeName in certificate.subject {
            for attribute in relativeName {
                if attribute.type == .RDNAttributeType.commonName {
                    name = String(attribute.value) ?? attribute.value.description
                } else if attribute.type == .RDNAttributeType.organizationName {
                    groups.append(String(attribute.value) ?? attribute.value.description)
                }
            }
        }
        self.init(name: name, groups: groups)
    }
}
