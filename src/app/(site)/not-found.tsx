import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>ไม่พบหน้าที่ต้องการ</h1>
      <p lang="en">Page not found.</p>
      <p>
        หน้านี้อาจถูกย้ายหรือยังไม่ได้เผยแพร่ <Link href="/">กลับหน้าแรก</Link> หรือ <Link href="/search">ค้นหาข้อมูล</Link>
      </p>
    </>
  )
}
