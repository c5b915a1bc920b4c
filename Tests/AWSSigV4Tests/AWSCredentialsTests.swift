import AWSSigV4
import Testing

@Suite struct AWSCredentialsTests {
    let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    let token = "IQoJb3JpZ2luX2VjEXAMPLEtoken"

    @Test func descriptionsNeverRevealSecretOrToken() {
        let creds = AWSCredentials(accessKeyId: "ASIAEXAMPLE", secretAccessKey: secret, sessionToken: token)
        var dumped = ""
        dump(creds, to: &dumped)
        for text in [creds.description, creds.debugDescription, "\(creds)", String(reflecting: creds), dumped, "\([creds])"] {
            #expect(text.contains("ASIAEXAMPLE"))
            #expect(!text.contains(secret))
            #expect(!text.contains(token))
        }
        #expect(creds.description.contains("session token"))
    }

    @Test func descriptionWithoutTokenSaysNothingAboutOne() {
        let creds = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: secret)
        #expect(creds.description == "AWSCredentials(AKIDEXAMPLE)")
        #expect(!creds.debugDescription.contains(secret))
    }
}
