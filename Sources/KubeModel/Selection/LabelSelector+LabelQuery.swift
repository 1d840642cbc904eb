extension LabelSelector {
    /// `metav1.LabelSelectorAsSelector` for a present selector: `{}` matches everything; `matchLabels` become
    /// `=` and `matchExpressions` `in`/`notin`/`exists`/`!` requirements, validated as upstream
    /// (`"Foo" is not a valid label selector operator`; values required for In/NotIn, forbidden for
    /// Exists/DoesNotExist). `matchLabels` are checked in key order so the first error is deterministic.
    /// A nil selector is `LabelQuery.nothing`: see `LabelQuery.init(_:)`.
    public func asLabelQuery() throws(SelectorError) -> LabelQuery {
        if isEmpty { return .everything }
        var requirements: [LabelRequirement] = []
        requirements.reserveCapacity(matchLabels.count + matchExpressions.count)
        for key in matchLabels.keys.sorted(by: GoText.precedes) {
            requirements.append(try LabelRequirement(key: key, operator: .equals, values: [matchLabels[key] ?? ""]))
        }
        for expression in matchExpressions {
            requirements.append(try expression.asLabelRequirement())
        }
        return LabelQuery(requirements: requirements)
    }

    /// Whether `labels` match, without building a `LabelQuery` and without allocating.
    ///
    /// An invalid selector (bad key or value, unknown operator, wrong number of values) matches nothing and
    /// this returns false rather than throwing: that is how upstream controllers treat a selector they cannot
    /// convert (they skip the object). Use `asLabelQuery()` to get the error, and prefer converting once when
    /// matching many objects.
    public func matches(_ labels: [String: String]) -> Bool {
        for (key, value) in matchLabels {
            guard LabelValidation.isQualifiedName(key), LabelValidation.isLabelValue(value) else { return false }
            if labels[key] != value { return false }
        }
        for expression in matchExpressions {
            guard let matched = expression.validatedMatch(labels) else { return false }
            if !matched { return false }
        }
        return true
    }
}

extension LabelSelectorRequirement {
    /// The requirement this expression stands for, or upstream's error.
    public func asLabelRequirement() throws(SelectorError) -> LabelRequirement {
        let op: LabelRequirement.Operator
        switch self.operator {
        case "In": op = .in
        case "NotIn": op = .notIn
        case "Exists": op = .exists
        case "DoesNotExist": op = .doesNotExist
        default:
            throw SelectorError(
                .invalidLabelRequirement, "\(GoText.quote(self.operator)) is not a valid label selector operator")
        }
        return try LabelRequirement(key: key, operator: op, values: values)
    }

    /// The match result, or nil when the expression is invalid; checks what `NewRequirement` checks, in place.
    func validatedMatch(_ labels: [String: String]) -> Bool? {
        guard LabelValidation.isQualifiedName(key) else { return nil }
        for value in values where !LabelValidation.isLabelValue(value) {
            return nil
        }
        switch self.operator {
        case "In":
            if values.isEmpty { return nil }
            guard let value = labels[key] else { return false }
            return values.contains(value)
        case "NotIn":
            if values.isEmpty { return nil }
            guard let value = labels[key] else { return true }
            return !values.contains(value)
        case "Exists":
            return values.isEmpty ? labels[key] != nil : nil
        case "DoesNotExist":
            return values.isEmpty ? labels[key] == nil : nil
        default:
            return nil
        }
    }
}

extension LabelQuery {
    /// `metav1.LabelSelectorAsSelector` including its nil case: no selector matches nothing, `{}` everything.
    public init(_ selector: LabelSelector?) throws(SelectorError) {
        guard let selector else {
            self = .nothing
            return
        }
        self = try selector.asLabelQuery()
    }
}
