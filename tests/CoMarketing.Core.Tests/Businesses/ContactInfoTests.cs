using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Tests.Businesses;

public sealed class ContactInfoTests
{
    [Theory]
    [InlineData(" Aino ", " aino@kahvila.fi ", " +358 40 123 4567 ", "Aino", "aino@kahvila.fi", "+358 40 123 4567")]
    [InlineData(null, null, null, null, null, null)]
    [InlineData("", "  ", "", null, null, null)]
    [InlineData("Åke Öhman", "åke@företag.ax", "(018) 123-45", "Åke Öhman", "åke@företag.ax", "(018) 123-45")]
    public void Valid_Contacts_Should_Be_Trimmed_And_Blank_Means_None(string? person, string? email, string? phone, string? p, string? e, string? ph)
    {
        var contact = new ContactInfo(person, email, phone);
        contact.Person.ShouldBe(p);
        contact.Email.ShouldBe(e);
        contact.Phone.ShouldBe(ph);
    }

    [Theory]
    [InlineData("aino.kahvila.fi", null, "does not look like an address")]
    [InlineData("aino@kahvila", null, "does not look like an address")]
    [InlineData("@kahvila.fi", null, "does not look like an address")]
    [InlineData("ai no@kahvila.fi", null, "does not look like an address")]
    [InlineData("a@b@c.fi", null, "does not look like an address")]
    [InlineData(null, "1234", "at least 5 digits")]
    [InlineData(null, "040 123 abc 45", "at least 5 digits")]
    public void Invalid_Contacts_Should_Be_Refused_With_A_Reason(string? email, string? phone, string reason)
        => Should.Throw<DomainException>(() => new ContactInfo("Aino", email, phone)).Message.ShouldContain(reason);
}
