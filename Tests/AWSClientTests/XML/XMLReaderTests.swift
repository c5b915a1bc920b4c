import Testing

@testable import AWSClient

/// What our XML reader reads from AWS's answers, and how it refuses what is not XML: one line
/// that says where.
@Suite struct XMLReaderTests {
    func parse(_ text: String) throws(XMLReadError) -> XMLTree { try XMLReader.parse(Array(text.utf8)) }

    func refusal(_ text: String) -> XMLReadError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsAnSTSAnswerByPathBelowItsNamespacedRoot() throws {
        let tree = try parse(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleResult>
                <Credentials>
                  <AccessKeyId>ASIAEXAMPLE</AccessKeyId>
                  <SessionToken>
                    FwoGZX&amp;Iv/+=
                  </SessionToken>
                </Credentials>
              </AssumeRoleResult>
              <ResponseMetadata><RequestId>c6104cbe</RequestId></ResponseMetadata>
            </AssumeRoleResponse>
            """)
        #expect(tree.localName == "AssumeRoleResponse")
        #expect(tree["AssumeRoleResult/Credentials/AccessKeyId"] == "ASIAEXAMPLE")
        #expect(tree["AssumeRoleResult/Credentials/SessionToken"] == "FwoGZX&Iv/+=")
        #expect(tree["AssumeRoleResult/Credentials/Expiration"] == nil)
        #expect(tree["ResponseMetadata/RequestId"] == "c6104cbe")
    }

    @Test func readsRepeatedElementsInOrderByLocalName() throws {
        let tree = try parse(
            """
            <s3:ListBucketResult xmlns:s3="http://s3.amazonaws.com/doc/2006-03-01/">\
            <s3:Contents><s3:Key>a</s3:Key></s3:Contents><s3:Contents><s3:Key>b</s3:Key></s3:Contents>\
            </s3:ListBucketResult>
            """)
        #expect(tree.children("Contents").map { $0["Key"] } == ["a", "b"])
        #expect(tree.child("Contents")?.name == "s3:Contents")
    }

    @Test func resolvesEntitiesCharacterReferencesAndCDATA() throws {
        let tree = try parse(
            "<a t='&quot;x&apos;&#x9;y'>&lt;&gt;&amp;&#65;&#x1F600;<![CDATA[<b>&amp;</b>]]><!-- gone --><?pi gone?>z</a>")
        #expect(tree.text == "<>&A😀<b>&amp;</b>z")
        #expect(tree.attributes == [XMLAttribute(name: "t", value: "\"x'\ty")])
    }

    @Test func readsLineEndsAsLFInTextAndAsSpacesInAttributes() throws {
        let tree = try parse("<a v=\"1\r\n2\t3\">x\r\ny\rz</a>")
        #expect(tree.text == "x\ny\nz")
        #expect(tree.attributes.first?.value == "1 2 3")
    }

    @Test func acceptsAByteOrderMarkAndAProcessingInstructionWithoutData() throws {
        // FoundationXML crashes on `<?pi?>` (it reads the missing data as a C string).
        let tree = try XMLReader.parse([0xEF, 0xBB, 0xBF] + Array("<a><?pi?></a>".utf8))
        #expect(tree.name == "a" && tree.text.isEmpty)
    }

    @Test func saysWhereABodyIsNotWellFormed() throws {
        let mismatched = try #require(refusal("<Error>\n  <Code>NoSuchKey</Code>\n  <Message>x</Mesage>\n</Error>"))
        #expect(mismatched.line == 3 && mismatched.column == 13 && mismatched.offset == 45)
        #expect(
            mismatched.description
                == "not well-formed XML at line 3, column 13 (byte 45): the end tag </Mesage> does not match <Message>")
        #expect(refusal("")?.reason == "the body is empty")
        #expect(refusal("<html><body>Service Unavailable")?.reason == "the body ends inside <body>")
        #expect(refusal("{\"message\":\"no\"}")?.reason == "text before the root element")
        #expect(refusal("<a/><b/>")?.reason == "a second root element")
        #expect(refusal("<a>x</a>y")?.reason == "text after the root element")
        #expect(refusal("<a>&nbsp;</a>")?.reason == "the entity &nbsp; is not one of the five XML predefines")
        #expect(refusal("<a>AT&T</a>")?.reason == "a '&' that does not start a reference (write &amp;)")
        #expect(refusal("<a>&q\nuot;</a>")?.reason == "a '&' that does not start a reference (write &amp;)")
        #expect(refusal("<a>&#0;</a>")?.reason == "a character reference to a character XML does not allow")
        #expect(refusal("<a>]]></a>")?.reason == "']]>' in text outside a CDATA section")
        #expect(refusal("<a b='1' b='2'/>")?.reason == "the attribute b appears twice in <a>")
        #expect(refusal("<a b=1/>")?.reason == "the value of the attribute b in <a> is not quoted")
        #expect(refusal("<a><!-- x -- y --></a>")?.reason == "'--' inside a comment")
        #expect(refusal("<a>\u{01}</a>")?.reason == "the control character U+0001, which XML does not allow")
        #expect(refusal("<p:a/>")?.reason == "the namespace prefix p of p:a is not declared")
        #expect(
            refusal("<a/><?xml version='1.0'?>")?.reason == "an XML declaration is only allowed at the very start of the body")
    }

    @Test func refusesWhatCouldExpandOrIsNotUTF8() throws {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]><l>&b;</l>"
        #expect(refusal(laughs)?.reason == "a DOCTYPE is not accepted (no entity may be declared)")
        #expect(refusal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>")?.reason.contains("is not UTF-8") == true)
        #expect(throws: XMLReadError.self) { try XMLReader.parse(Array("<a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8)) }
        #expect(throws: XMLReadError.self) { try XMLReader.parse(Array("<a>".utf8) + [0xED, 0xA0, 0x80] + Array("</a>".utf8)) }
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(refusal(deep)?.reason == "elements nested deeper than 256")
    }
}
