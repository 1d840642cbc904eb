import Foundation
import Testing
@testable import KubeModel

@Test(arguments: [
    ("100m", "100m"), ("1000", "1k"), ("0.5", "500m"), ("1.5Gi", "1536Mi"), ("1024", "1024"), ("1Ki", "1Ki"),
    ("1024Ki", "1Mi"), ("16Gi", "16Gi"), ("110", "110"), ("4", "4"), ("1e3", "1e3"), ("1E3", "1e3"), ("0", "0"),
    ("0Gi", "0"), ("2000m", "2"), ("1500m", "1500m"), ("1.5", "1500m"), ("-1", "-1"), ("+5", "5"),
    ("512Mi", "512Mi"), ("1G", "1G"), ("100Mi", "100Mi"), ("0.1Ki", "102400m"), ("1n", "1n"), ("0.0000000001", "1n"),
    ("12e6", "12e6"), ("1.0", "1"), ("1000Mi", "1000Mi"), ("10Ki", "10Ki"), ("0.5Ki", "512"),
])
func quantityCanonicalForm(input: String, canonical: String) throws {
    #expect(try Quantity(parsing: input).description == canonical)
}

@Test(arguments: ["", "abc", "1Qi", "1.2.3", "Mi", "--1"])
func quantityRejectsMalformedText(input: String) {
    #expect(throws: QuantityError.self) { try Quantity(parsing: input) }
}

@Test func quantityValues() throws {
    #expect(try Quantity(parsing: "100m").milliValue == 100)
    #expect(try Quantity(parsing: "1.5").value == 2)
    #expect(try Quantity(parsing: "16Gi").value == 17_179_869_184)
    #expect(try Quantity(parsing: "250m") < Quantity(parsing: "1"))
    #expect(try Quantity(parsing: "1000m") == Quantity(parsing: "1"))
}

@Test func quantityJSONAcceptsNumbersAndWritesStrings() throws {
    let list = try JSONDecoder().decode(ResourceList.self, from: Data(#"{"cpu":4,"memory":"16Gi","pods":"110"}"#.utf8))
    #expect(String(decoding: { var w = JSONWriter(); list.writeJSON(to: &w); return w.bytes }(), as: UTF8.self)
        == #"{"cpu":"4","memory":"16Gi","pods":"110"}"#)
}
