import Foundation
import Testing
@testable import KubeModel

@Test(arguments: [
    (9_223_372_036_854_775_808.0, "9223372036854776000"),
    (1e21, "1e+21"),
    (1e20, "100000000000000000000"),
    (-1.5e-7, "-1.5e-7"),
    (0.000001, "0.000001"),
    (1.2e-10, "1.2e-10"),
    (123.456, "123.456"),
    (0.1, "0.1"),
    (100.0, "100"),
    (-0.0, "-0"),
    (1e300, "1e+300"),
    (12_345_678_901_234_567_890.0, "12345678901234567000"),
])
func floatsAreWrittenAsGoWritesThem(value: Double, text: String) {
    #expect(GoFloat.json(value) == text)
    var writer = JSONWriter()
    writer.write(JSONValue.double(value))
    #expect(String(decoding: writer.bytes, as: UTF8.self) == text)
}

@Test func anIntegerPastInt64SurvivesARoundTripAsAFloat() throws {
    let value = try JSONValue.parse(Data(#"{"zz":9223372036854775808,"yy":-9223372036854775809}"#.utf8))
    #expect(String(decoding: value.canonicalBytes, as: UTF8.self) == #"{"yy":-9223372036854776000,"zz":9223372036854776000}"#)
}

@Test func aYAMLAliasBombIsRefusedBeforeItExpands() {
    var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    let names = Array("abcdefghi")
    for index in 1..<names.count {
        lines.append("\(names[index]): &\(names[index]) [" + Array(repeating: "*\(names[index - 1])", count: 9).joined(separator: ",") + "]")
    }
    let started = ContinuousClock.now
    #expect(throws: ManifestError(.syntax, documentIndex: 0, "line 7: document contains excessive aliasing")) {
        try ManifestReader.documents(from: lines.joined(separator: "\n"))
    }
    #expect(ContinuousClock.now - started < .seconds(10))
}

@Test func modestAliasingIsKept() throws {
    var lines = ["base: &base {image: agent, pullPolicy: Always}"]
    for index in 0..<200 { lines.append("c\(index): *base") }
    let documents = try ManifestReader.documents(from: lines.joined(separator: "\n"))
    #expect(documents.first?["c199"]?["image"] == "agent")
}

@Test func deepYAMLIsRefusedBeforeTheComposerRecurses() throws {
    // Past go-yaml's 10,000 levels (libyaml has a limit of its own): refused before anything recurses.
    for depth in [10_001, 100_000] {
        let flow = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: ManifestError.self) { try ManifestReader.documents(from: flow) }
    }
    let block = "a:\n" + (1...10_001).map { String(repeating: " ", count: $0) + "b:\n" }.joined()
    #expect(throws: ManifestError.self) { try ManifestReader.documents(from: block) }
    // Deep but within the limits: composed on a stack that holds it.
    let accepted = try ManifestReader.documents(
        from: "a: " + String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000))
    #expect(accepted.count == 1)
}

@Test func deepWorkRunsOnAStackThatHoldsIt() throws {
    /// Recursion that needs far more stack than a cooperative thread has.
    func descend(_ levels: Int) -> Int {
        var frame = [UInt8](repeating: UInt8(truncatingIfNeeded: levels), count: 16)
        return levels == 0 ? Int(frame[0]) : withUnsafeMutableBytes(of: &frame) { _ in descend(levels - 1) } + 1
    }
    #expect(DeepNesting.run(depth: 100_000) { descend(100_000) } == 100_000)
    struct Refused: Error, Equatable {}
    #expect(throws: Refused()) { try DeepNesting.run(depth: 100_000) { () throws(Refused) in throw Refused() } }
    #expect(DeepNesting.bracketDepth(Array(#"{"a":"[[[[","b":[[1]]}"#.utf8)) == 3)
    #expect(try DeepNesting.depth(of: Array("a:\n  b:\n    - [1]\n".utf8)) == 4)
}
