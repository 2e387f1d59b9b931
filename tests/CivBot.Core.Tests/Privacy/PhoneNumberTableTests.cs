namespace CivBot.Core.Tests.Privacy;

using CivBot.Core.Privacy;

/// <summary>The phone-number table: what must be hidden, and what must stay readable.</summary>
public sealed class PhoneNumberTableTests
{
    public static TheoryData<string, string> PhoneNumbers =>
        new()
        {
            { "call me at 555-123-4567", "4567" },
            { "I don't know /zz15557770121", "0121" },
            { "x15551234567", "4567" },
            { "(555) 123-4567", "4567" },
            { "+1 555 123 4567", "4567" },
            { "+1-555-123-4567", "4567" },
            { "555.123.4567", "4567" },
            { "5551234567", "4567" },
            { "+15551234567", "4567" },
            { "1-800-555-0199", "0199" },
            { "1 (555) 123-4567", "4567" },
            { "+1.555.123.4567", "4567" },
            { "tel:+15551234567", "4567" },
            { "text 555-1234 after six", "1234" },
            { "phone: 5551234", "1234" },
            { "+44 20 7946 0958", "0958" },
            { "020 7946 0958", "0958" },
            { "+44 7700 900123", "900123" },
            { "07700 900123", "900123" },
            { "+33 6 12 34 56 78", "56 78" },
            { "06 12 34 56 78", "56 78" },
            { "+49 30 1234567", "1234567" },
            { "030 1234567", "1234567" },
            { "0049 30 1234567", "1234567" },
            { "+91 98765 43210", "43210" },
            { "98765 43210", "43210" },
            { "+61 2 9876 5432", "5432" },
            { "(02) 9876 5432", "5432" },
            { "+81 3-1234-5678", "5678" },
            { "03-1234-5678", "5678" },
            { "+55 11 91234-5678", "5678" },
            { "+34 612 34 56 78", "56 78" },
            { "612 345 678", "678" },
            { "+39 06 1234 5678", "5678" },
            { "+353 87 123 4567", "4567" },
            { "+7 912 345-67-89", "67-89" },
            { "8 (912) 345-67-89", "67-89" },
            { "+86 138 0013 8000", "8000" },
            { "138 0013 8000", "8000" },
            { "+27 82 123 4567", "4567" },
            { "full-width ５５５-１２３-４５６７", "４５６７" },
            { "Arabic-Indic ٠١٠٢٣٤٥٦٧٨٩", "٦٧٨٩" },
            { "Persian ۰۹۱۲۳۴۵۶۷۸۹", "۶۷۸۹" },
            { "Devanagari ९८७६५४३२१०", "३२१०" },
            { "mathematical 𝟓𝟓𝟓𝟏𝟐𝟑𝟒𝟓𝟔𝟕", "𝟒𝟓𝟔𝟕" },
            { "full-width plus ＋４４ ２０ ７９４６ ０９５８", "０９５８" },
            { "my cell is 555 123 4567, thanks", "4567" },
        };

    public static TheoryData<string> NotPhoneNumbers =>
        new()
        {
            "years 2019 2020 2021 2022",
            "1999 2000 2001",
            "2019-2020-2021",
            "1998, 1999, 2000, 2001, 2002",
            "Arabic years ٢٠١٩ ٢٠٢٠ ٢٠٢١",
            "order 123456789",
            "Order #1234567890",
            "order number 5551234567",
            "order no. 98765432",
            "ISBN 978-3-16-148410-0",
            "ISBN-13: 9780306406157",
            "ISBN 0-306-40615-2",
            "9780306406157",
            "on 2026-11-28",
            "on 28.11.2026",
            "11/28/2026",
            "2026-11-28T10:30:00Z",
            "10:30-11:45",
            "$1,234,567.89",
            "1,000,000",
            "12.50 USD",
            "1234567.89",
            "£1 000 000",
            "1.000.000 €",
            "zip 90210",
            "192.168.100.254",
            "v1.2.3.4",
            "tracking 1Z999AA10123456784",
            "ISBN9780306406157",
            "order ORD12345678901 shipped",
            "100-200",
            "3 x 4 x 5",
            "room 101",
            "invoice 20261128001",
            "ref 123-456-789",
            "ticket #987654321",
            "case no. 2026-001234",
            "between 1990 and 2000",
            "pages 120-135",
            "score 3-2",
            "flight 1234 and 5678",
            "at 4:40pm",
            "2024/2025",
            "id 48291734",
            "serial 123456789012",
            "from 112 Main St",
            "GPS 40.712776, -74.005974",
            "12345678901234567890",
            "SKU 0012345678905",
            "confirmation 88812345",
        };

    [Theory]
    [MemberData(nameof(PhoneNumbers))]
    public void A_phone_number_is_hidden_in_any_digits_and_format(string text, string tail)
    {
        var redacted = PersonalData.Redact(text);
        Assert.Contains(PersonalData.Hidden, redacted);
        Assert.DoesNotContain(tail, redacted);
        Assert.DoesNotContain("4567", redacted);
    }

    [Theory]
    [MemberData(nameof(NotPhoneNumbers))]
    public void Numbers_that_are_not_phone_numbers_stay_as_written(string text) =>
        Assert.Equal(text, PersonalData.Redact(text));

    [Fact]
    public void The_table_holds_at_least_forty_cases_each_way()
    {
        Assert.True(PhoneNumbers.Count >= 40);
        Assert.True(NotPhoneNumbers.Count >= 40);
    }

    [Fact]
    public void Two_numbers_in_one_text_are_both_hidden_and_the_words_around_them_stay()
    {
        Assert.Equal(
            "Call [number hidden] or [number hidden] before 5pm",
            PersonalData.Redact("Call +1 555 123 4567 or 020 7946 0958 before 5pm")
        );
    }

    [Fact]
    public void A_handle_with_a_phone_number_in_foreign_digits_becomes_member() =>
        Assert.Equal("member", PersonalData.SafeHandle("٠١٠٢٣٤٥٦٧٨٩"));
}
