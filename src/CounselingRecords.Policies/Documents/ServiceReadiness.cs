using System.Collections.Immutable;

namespace CounselingRecords.Policies.Documents;

/// <summary>The answer to "may this client be seen?": allowed exactly when nothing is missing, with the rules checked in order.</summary>
public sealed class ServiceReadiness
{
    /// <summary>Initializes a new instance of the <see cref="ServiceReadiness"/> class.</summary>
    /// <param name="isAllowed">Whether the client may be seen; true exactly when <paramref name="missing"/> is empty.</param>
    /// <param name="missing">What is missing.</param>
    /// <param name="rules">The rules checked, in order.</param>
    public ServiceReadiness(bool isAllowed, ImmutableArray<MissingAcknowledgment> missing, ImmutableArray<AppliedRule> rules)
    {
        missing = missing.IsDefault ? [] : missing;
        if (isAllowed != missing.IsEmpty)
        {
            throw new ArgumentException("A client may be seen exactly when nothing is missing.", nameof(isAllowed));
        }

        IsAllowed = isAllowed;
        Missing = missing;
        Rules = rules.IsDefault ? [] : rules;
    }

    /// <summary>Gets a value indicating whether the client may be seen.</summary>
    public bool IsAllowed { get; }

    /// <summary>Gets what is missing.</summary>
    public ImmutableArray<MissingAcknowledgment> Missing { get; }

    /// <summary>Gets the rules checked, in order.</summary>
    public ImmutableArray<AppliedRule> Rules { get; }

    /// <inheritdoc />
    public override string ToString() => IsAllowed ? "May be seen" : $"May not be seen yet ({Missing.Length} missing)";
}
