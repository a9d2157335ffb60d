using System.Collections.Immutable;

namespace CounselingRecords.Billing.Coding;

/// <summary>
/// Up to four modifiers on a service line, in order (a claim line carries at most four: CMS-1500 item 24D and
/// 837P SV101, R2.4). A value type that allocates nothing.
/// </summary>
public readonly struct ModifierSet : IEquatable<ModifierSet>
{
    /// <summary>The most modifiers a claim line can carry (R2.4).</summary>
    public const int Capacity = 4;

    private readonly string? _m0;
    private readonly string? _m1;
    private readonly string? _m2;
    private readonly string? _m3;

    private ModifierSet(string? m0, string? m1, string? m2, string? m3, int count)
    {
        _m0 = m0;
        _m1 = m1;
        _m2 = m2;
        _m3 = m3;
        Count = count;
    }

    /// <summary>Gets the empty set.</summary>
    public static ModifierSet Empty => default;

    /// <summary>Gets the number of modifiers.</summary>
    public int Count { get; }

    /// <summary>Gets the modifier at <paramref name="index"/>.</summary>
    /// <param name="index">The position, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The modifier.</returns>
    public string this[int index] => (uint)index < (uint)Count
        ? index switch { 0 => _m0!, 1 => _m1!, 2 => _m2!, _ => _m3! }
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Creates a set from modifiers.</summary>
    /// <param name="modifiers">At most four two-character modifiers.</param>
    /// <returns>The set.</returns>
    public static ModifierSet Of(params ReadOnlySpan<string> modifiers)
    {
        var set = Empty;
        foreach (var modifier in modifiers)
        {
            if (!set.TryAdd(modifier, out set))
            {
                throw new ArgumentException("A service line carries at most four modifiers (R2.4).", nameof(modifiers));
            }
        }

        return set;
    }

    /// <summary>Returns whether the text is a well-formed modifier: two ASCII letters or digits.</summary>
    /// <param name="modifier">The text.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsWellFormed(string? modifier) =>
        modifier is { Length: 2 } && char.IsAsciiLetterOrDigit(modifier[0]) && char.IsAsciiLetterOrDigit(modifier[1]);

    /// <summary>Adds a modifier at the end, unless it is already present.</summary>
    /// <param name="modifier">The modifier.</param>
    /// <param name="result">The set with the modifier.</param>
    /// <returns><see langword="false"/> when the set already holds four other modifiers.</returns>
    public bool TryAdd(string modifier, out ModifierSet result)
    {
        if (!IsWellFormed(modifier))
        {
            throw new ArgumentException("A modifier is two ASCII letters or digits.", nameof(modifier));
        }

        if (Contains(modifier))
        {
            result = this;
            return true;
        }

        result = Count switch
        {
            0 => new ModifierSet(modifier, null, null, null, 1),
            1 => new ModifierSet(_m0, modifier, null, null, 2),
            2 => new ModifierSet(_m0, _m1, modifier, null, 3),
            3 => new ModifierSet(_m0, _m1, _m2, modifier, 4),
            _ => this,
        };
        return Count < Capacity;
    }

    /// <summary>Returns whether the set holds the modifier.</summary>
    /// <param name="modifier">The modifier.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string modifier)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(this[i], modifier, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Copies the modifiers into an array.</summary>
    /// <returns>The modifiers.</returns>
    public ImmutableArray<string> ToImmutableArray()
    {
        var builder = ImmutableArray.CreateBuilder<string>(Count);
        for (var i = 0; i < Count; i++)
        {
            builder.Add(this[i]);
        }

        return builder.MoveToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(ModifierSet other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!string.Equals(this[i], other[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModifierSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, _m0, _m1, _m2, _m3);

    /// <summary>Formats as the claim form does, separated by spaces (<c>95 59</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(' ', ToImmutableArray());

    /// <summary>Compares two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModifierSet left, ModifierSet right) => left.Equals(right);

    /// <summary>Compares two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModifierSet left, ModifierSet right) => !left.Equals(right);
}
