using System.Reflection;
using CounselingRecords.Identity;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CounselingRecords.Core.Tests.Identity;

public sealed class StronglyTypedIdTests
{
    public static TheoryData<Type> AllIdTypes() => new(IdTypes());

    private static IEnumerable<Type> IdTypes() =>
        typeof(ClientId).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStronglyTypedId<>)));

    [Fact]
    public void Format_ClientId_IsPrefixAndLowercaseHex()
    {
        var id = ClientId.FromGuid(Guid.Parse("0C2D4F1E-9A8B-4C7D-8E6F-5A4B3C2D1E0F"));

        Assert.Equal("cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f", id.ToString());
    }

    [Fact]
    public void Parse_AppointmentIdTextAsClientId_Fails()
    {
        var appointment = AppointmentId.FromGuid(Guid.Parse("0c2d4f1e-9a8b-4c7d-8e6f-5a4b3c2d1e0f"));

        Assert.False(ClientId.TryParse(appointment.ToString(), out _));
        Assert.Throws<FormatException>(() => ClientId.Parse(appointment.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cli_")]
    [InlineData("cli_00000000000000000000000000000000")]
    [InlineData("cli_0C2D4F1E9A8B4C7D8E6F5A4B3C2D1E0F")]
    [InlineData("cli-0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f")]
    [InlineData("cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0")]
    [InlineData("cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0fa")]
    [InlineData("cli_0c2d4f1e-9a8b-4c7d-8e6f-5a4b3c2d")]
    [InlineData("0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f")]
    public void TryParse_MalformedText_ReturnsFalse(string? text)
    {
        Assert.False(ClientId.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void FormatException_DoesNotEchoTheInput()
    {
        var secret = "cli_jane-doe-ssn-123-45-6789-xxxxxxx";

        var error = Assert.Throws<FormatException>(() => ClientId.Parse(secret));

        Assert.DoesNotContain("jane", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(AllIdTypes))]
    public void EveryIdType_RoundTripsThroughTextAndHasUniquePrefix(Type idType)
    {
        var method = typeof(StronglyTypedIdTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(idType);

        method.Invoke(null, [Guid.Parse("12345678-9abc-4def-8123-456789abcdef")]);
    }

    [Fact]
    public void Prefixes_AreUniqueAcrossIdTypes()
    {
        var prefixes = IdTypes().Select(type => (string)type.GetProperty("Prefix")!.GetValue(null)!).ToList();

        Assert.Equal(prefixes.Count, prefixes.Distinct(StringComparer.Ordinal).Count());
    }

    [Property(MaxTest = 500)]
    public bool ClientId_TextRoundTrip_IsIdentity(Guid value)
    {
        if (value == Guid.Empty)
        {
            return true;
        }

        var id = ClientId.FromGuid(value);
        return ClientId.Parse(id.ToString()) == id
            && NoteId.TryParse(id.ToString(), out _) == false;
    }

    [Property(MaxTest = 200)]
    public bool SpanFormatting_MatchesToString(Guid value)
    {
        var id = NoteId.FromGuid(value);
        Span<char> buffer = stackalloc char[64];
        return ((ISpanFormattable)id).TryFormat(buffer, out var written, default, null)
            && buffer[..written].ToString() == id.ToString();
    }

    [Fact]
    public void SeededGenerator_SameSeed_SameSequence()
    {
        var first = new SeededIdGenerator(99);
        var second = new SeededIdGenerator(99);

        var a = Enumerable.Range(0, 5).Select(_ => first.New<ClientId>()).ToList();
        var b = Enumerable.Range(0, 5).Select(_ => second.New<ClientId>()).ToList();

        Assert.Equal(a, b);
        Assert.Equal(5, a.Distinct().Count());
    }

    [Fact]
    public void RandomGenerator_ProducesVersion4Values()
    {
        var value = RandomIdGenerator.Instance.NewGuid();

        Assert.Equal('4', value.ToString("N")[12]);
        Assert.Contains(value.ToString("N")[16], "89ab");
    }

    [Fact]
    public void TimeOrderedGenerator_LaterClock_SortsLater_AndCarriesTheTimestamp()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 12, 0));
        var generator = new TimeOrderedIdGenerator(clock);

        var earlier = generator.NewGuid();
        clock.Advance(Duration.FromMilliseconds(1));
        var later = generator.NewGuid();

        Assert.True(string.CompareOrdinal(earlier.ToString("N"), later.ToString("N")) < 0);
        Assert.Equal('7', earlier.ToString("N")[12]);
        var millis = Convert.ToInt64(earlier.ToString("N")[..12], 16);
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 12, 0).ToUnixTimeMilliseconds(), millis);
    }

    [Fact]
    public void New_GeneratorReturningEmpty_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new EmptyGenerator().New<ClientId>());
    }

    private static void RoundTrip<TId>(Guid value)
        where TId : struct, IStronglyTypedId<TId>
    {
        var id = TId.FromGuid(value);
        var text = id.ToString()!;
        Assert.StartsWith(TId.Prefix + "_", text, StringComparison.Ordinal);
        Assert.Equal(id, StronglyTypedId.Parse<TId>(text));
        Assert.Equal(id, TId.Parse(text, null));
        Assert.True(TId.TryParse(text.AsSpan(), null, out var fromSpan));
        Assert.Equal(id, fromSpan);
        Assert.False(default(TId).Value != Guid.Empty);
    }

    private sealed class EmptyGenerator : IIdGenerator
    {
        public Guid NewGuid() => Guid.Empty;
    }
}
