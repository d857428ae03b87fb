//! Tests of the period finder.
use super::*;

fn periods(s: &str) -> Vec<What> {
    let f = Folded::new(s);
    let mut list = mentions(&f, 0, f.key.len());
    fill_years(&mut list, None);
    list.into_iter().map(|m| m.what).collect()
}

#[test]
fn shapes_and_a_shared_year() {
    assert_eq!(
        periods("đánh giá 9 tháng đầu năm; nhiệm vụ trọng tâm 3 tháng cuối năm 2023"),
        vec![
            What::YearToDate(9, Some(2023)),
            What::YearRemainder(3, Some(2023))
        ]
    );
    assert_eq!(
        periods("Sáu tháng đầu năm 2024"),
        vec![What::YearToDate(6, Some(2024))]
    );
    assert_eq!(
        periods("quý I/2024 và quý II năm 2024"),
        vec![What::Quarter(1, Some(2024)), What::Quarter(2, Some(2024))]
    );
    assert_eq!(
        periods("sơ kết giữa nhiệm kỳ thực hiện Nghị quyết, nhiệm kỳ 2020 – 2025"),
        vec![What::MidTerm(Some((2020, 2025)))]
    );
    assert_eq!(
        periods("năm 2023 và phương hướng năm 2024"),
        vec![What::Year(2023), What::Year(2024)]
    );
    assert_eq!(
        periods("tháng 10 năm 2023"),
        vec![What::Month(10, Some(2023))]
    );
}

#[test]
fn a_month_after_a_dated_month() {
    assert_eq!(
        periods("kết quả thực hiện nhiệm vụ tháng 9 năm 2024, triển khai nhiệm vụ tháng 10"),
        vec![What::Month(9, Some(2024)), What::Month(10, Some(2024))]
    );
    assert_eq!(
        periods("nhiệm vụ tháng 10 năm 2023 và phương hướng tháng 11. Đồng chí Bí thư"),
        vec![What::Month(10, Some(2023)), What::Month(11, Some(2023))]
    );
    assert_eq!(
        periods("nhiệm vụ tháng 12/2024 và chương trình công tác tháng 1"),
        vec![What::Month(12, Some(2024)), What::Month(1, Some(2025))]
    );
    // The year written once, after the second month of the pair.
    assert_eq!(
        periods(
            "đánh giá kết quả nhiệm vụ tháng 10, triển khai nhiệm vụ trọng tâm tháng 11 năm 2024"
        ),
        vec![What::Month(10, Some(2024)), What::Month(11, Some(2024))]
    );
    assert_eq!(
        periods("nhiệm vụ tháng 12 và chương trình công tác tháng 1 năm 2025"),
        vec![What::Month(12, Some(2024)), What::Month(1, Some(2025))]
    );
    // Alone, or the month of a date, it is not a period.
    assert_eq!(periods("từ tháng 3 đến nay"), vec![]);
    assert_eq!(
        periods("tháng 10 năm 2023, khai mạc ngày 28 tháng 11"),
        vec![What::Month(10, Some(2023))]
    );
}

#[test]
fn review_then_plan() {
    let f = Folded::new(
        "đánh giá kết quả 6 tháng đầu năm 2024 và phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
    );
    let list = mentions(&f, 0, f.key.len());
    let (r, p) = review_and_plan(&f, &list);
    assert_eq!(r.unwrap().what, What::YearToDate(6, Some(2024)));
    assert_eq!(p.unwrap().what, What::YearRemainder(6, Some(2024)));
    let g = Folded::new("bàn phương hướng nhiệm vụ năm 2025");
    let list = mentions(&g, 0, g.key.len());
    let (r, p) = review_and_plan(&g, &list);
    assert!(r.is_none());
    assert_eq!(p.unwrap().what, What::Year(2025));
}
